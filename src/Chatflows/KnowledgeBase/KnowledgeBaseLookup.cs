using Chatflows.Core.Ports;
using Chatflows.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// The validator's view of the knowledge bases. The validator is synchronous and a singleton, so this asks
/// the database in a scope of its own; it runs when an editor saves or publishes, never on a visitor's turn.
/// </summary>
internal sealed class KnowledgeBaseLookup(IServiceScopeFactory scopes) : IKnowledgeBaseLookup
{
    public bool Exists(string knowledgeBaseId)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>().KnowledgeBases.Any(k => k.Id == knowledgeBaseId);
    }
}

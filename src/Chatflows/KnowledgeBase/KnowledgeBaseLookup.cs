using System.Collections.Concurrent;
using Chatflows.Core.Ports;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// The validator's view of the knowledge bases. The validator is synchronous and a singleton, so this asks
/// the database in a scope of its own (when an editor saves or publishes, never on a visitor's turn). A
/// knowledge base written on this node is remembered, because a recipe creates one and publishes a
/// chatflow that names it in one transaction that another connection cannot see yet. Knowledge bases are
/// never deleted, so a remembered id stays true.
/// </summary>
public sealed class KnowledgeBaseLookup(IServiceScopeFactory scopes) : IKnowledgeBaseLookup
{
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    public bool Exists(string knowledgeBaseId)
    {
        if (_known.ContainsKey(knowledgeBaseId))
        {
            return true;
        }

        using var scope = scopes.CreateScope();
        var exists = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>().KnowledgeBases.Any(k => k.Id == knowledgeBaseId);
        if (exists)
        {
            _known.TryAdd(knowledgeBaseId, true);
        }

        return exists;
    }

    // Asked on a visitor's turn only when neither their language nor the base language has articles; a knowledge
    // base's language may change, so it is read each time rather than remembered.
    public async ValueTask<string?> LanguageOfAsync(string knowledgeBaseId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>().KnowledgeBases
            .Where(k => k.Id == knowledgeBaseId).Select(k => k.Language).FirstOrDefaultAsync(cancellationToken);
    }

    internal void Remember(string knowledgeBaseId) => _known.TryAdd(knowledgeBaseId, true);
}

using Chatflows.Core.Engine;
using Chatflows.KnowledgeBase.Contracts;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// Which knowledge base and language the widget's Help tab searches (K2, L1): the visitor's language and its knowledge
/// base when that has published articles in it, else the chatflow's base language and knowledge base, so a translation
/// without a knowledge base of its own still finds answers.
/// </summary>
public sealed class WidgetHelps(ChatflowsDbContext db)
{
    /// <param name="baseFlow">The chatflow in its base language.</param>
    /// <param name="flow">The chatflow in the visitor's language.</param>
    public async Task<WidgetHelp?> ForAsync(CompiledFlow baseFlow, CompiledFlow flow, CancellationToken cancellationToken)
    {
        if (!flow.Flow.KnowledgeBase.Enabled)
        {
            return null;
        }

        var (knowledgeBaseId, language) = (flow.Flow.KnowledgeBase.KnowledgeBaseId, flow.Flow.Language);
        if (language == baseFlow.Flow.Language
            || await db.KnowledgeArticles.AnyAsync(a => a.Published && a.Language == language && (knowledgeBaseId == null || a.KnowledgeBaseId == knowledgeBaseId), cancellationToken))
        {
            return new WidgetHelp(knowledgeBaseId, language);
        }

        return new WidgetHelp(baseFlow.Flow.KnowledgeBase.KnowledgeBaseId, baseFlow.Flow.Language);
    }
}

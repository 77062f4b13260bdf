using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;
using Chatflows.KnowledgeBase.Contracts;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// Which knowledge base and language the widget's Help tab searches (K2, L1): the same chain as the bot's search
/// action (<see cref="KnowledgeLanguageChain"/>), so a translation without a knowledge base of its own, or a knowledge
/// base in one other language, still finds answers.
/// </summary>
public sealed class WidgetHelps(IKnowledgeSearch search, IKnowledgeBaseLookup knowledgeBases)
{
    /// <param name="flow">The chatflow in the visitor's language; in a translation its knowledge-base fallback names the base language's.</param>
    public async Task<WidgetHelp?> ForAsync(CompiledFlow flow, CancellationToken cancellationToken)
    {
        var settings = flow.Flow.KnowledgeBase;
        if (!settings.Enabled)
        {
            return null;
        }

        var (knowledgeBaseId, language) = await new KnowledgeLanguageChain(search, knowledgeBases)
            .PickAsync(settings.KnowledgeBaseId, flow.Flow.Language, settings.Fallback, cancellationToken);
        return new WidgetHelp(knowledgeBaseId, language);
    }
}

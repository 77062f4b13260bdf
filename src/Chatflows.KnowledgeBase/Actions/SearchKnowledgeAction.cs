using System.Text.Json.Nodes;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;
using Chatflows.Core.Validation;

namespace Chatflows.KnowledgeBase.Actions;

/// <summary>
/// Asks what the visitor is looking for, searches the chatflow's knowledge base and shares the best
/// articles as cards (K3, B2). <c>Found</c>/<c>NotFound</c> let the flow offer a person or a ticket when
/// nothing helped. Registered from this project, as any site's own action would be.
/// </summary>
/// <param name="knowledgeBases">The module's knowledge bases, for their own language (<see cref="KnowledgeLanguageChain"/>).</param>
public sealed class SearchKnowledgeAction(IKnowledgeSearch search, IKnowledgeBaseLookup? knowledgeBases = null) : BotAction<SearchKnowledgeSettings>
{
    private readonly KnowledgeLanguageChain _languages = new(search, knowledgeBases);

    public override string Name => "searchKnowledgeBase";

    public override string Category => "Knowledge base";

    public override IReadOnlyList<string> Outcomes { get; } = ["Found", "NotFound"];

    public override bool WaitsForVisitor => true;

    protected override IEnumerable<FieldError> Validate(SearchKnowledgeSettings settings, ActionValidationContext context)
    {
        if (!context.Flow.KnowledgeBase.Enabled)
        {
            yield return new("knowledgeBase", ValidationTexts.KnowledgeSearchOff());
        }

        foreach (var error in context.CheckText("prompt", settings.Prompt)
            .Concat(context.CheckText("foundMessage", settings.FoundMessage))
            .Concat(context.CheckText("notFoundMessage", settings.NotFoundMessage)))
        {
            yield return error;
        }
    }

    protected override async ValueTask<ActionResult> ExecuteAsync(ActionContext context, SearchKnowledgeSettings settings, CancellationToken cancellationToken)
    {
        var query = context.IsResuming ? context.Input!.Trim() : settings.QueryVariable is { } name ? context.Variable(name) : null;
        if (string.IsNullOrWhiteSpace(query))
        {
            context.Say(settings.Prompt, BotReplyKind.Question);
            return ActionResult.WaitForVisitor;
        }

        context.SetAnswer(query);
        context.SetVariable("kb_query", query);
        // The action's own knowledge base, when it names one, stands in for the chatflow's in every language.
        var fallback = context.Flow.KnowledgeBase.Fallback is { } baseLanguage && settings.KnowledgeBaseId is { } own
            ? baseLanguage with { KnowledgeBaseId = own }
            : context.Flow.KnowledgeBase.Fallback;
        var (knowledgeBaseId, language) = await _languages.PickAsync(
            settings.KnowledgeBaseId ?? context.Flow.KnowledgeBase.KnowledgeBaseId, context.Flow.Language, fallback, cancellationToken);

        var hits = await search.SearchAsync(knowledgeBaseId, language, query, settings.MaxResults, cancellationToken);
        if (hits.Count == 0)
        {
            context.Say(settings.NotFoundMessage);
            return ActionResult.WithOutcome("NotFound");
        }

        var cards = new JsonArray([.. hits.Select(h => (JsonNode)new JsonObject
        {
            ["slug"] = h.Slug,
            ["title"] = h.Title,
            ["snippet"] = h.Snippet,
            ["url"] = h.Url,
        })]);
        context.Say(settings.FoundMessage, BotReplyKind.Articles, payload: new JsonObject { ["articles"] = cards });
        return ActionResult.WithOutcome("Found");
    }
}

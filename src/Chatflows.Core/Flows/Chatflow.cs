using Chatflows.Core.Targeting;

namespace Chatflows.Core.Flows;

/// <summary>
/// A chatflow document (C1, B1): stored whole as JSON, in a draft and a published version. Actions
/// keep stable ids so edits, analytics and running conversations can refer to them.
/// </summary>
public sealed record Chatflow
{
    /// <summary>Stable id, also used in URLs; letters, digits and dashes.</summary>
    public string Id { get; init; } = "";

    /// <summary>Name editors see in the list.</summary>
    public string Name { get; init; } = "";

    /// <summary>Whether conversations land in the inbox or the helpdesk (C1).</summary>
    public FlowBinding Binding { get; init; } = FlowBinding.Inbox;

    /// <summary>BCP 47 language of the bot's texts, e.g. <c>en</c> or <c>nl</c>; picks widget texts and the knowledge-base analyzer.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The first bot message of every conversation (B1). Liquid.</summary>
    public string WelcomeMessage { get; init; } = "";

    /// <summary>Quick replies shown with the welcome message (D2 option "show quick replies outside the window").</summary>
    public IReadOnlyList<QuickReply> WelcomeQuickReplies { get; init; } = [];

    /// <summary>The action that follows the welcome message; null means the first action in <see cref="Actions"/>.</summary>
    public string? StartActionId { get; init; }

    /// <summary>The bot's actions in builder order.</summary>
    public IReadOnlyList<FlowAction> Actions { get; init; } = [];

    /// <summary>Typing delay, session timeout and error message (O1–O3).</summary>
    public FlowOptions Options { get; init; } = new();

    /// <summary>When and how the widget appears (D2–D4, O5).</summary>
    public DisplaySettings Display { get; init; } = new();

    /// <summary>Cookie and data-processing consent (O6, O7).</summary>
    public ConsentSettings Consent { get; init; } = new();

    /// <summary>Knowledge-base search toggle and which knowledge base (C3).</summary>
    public KnowledgeBaseSettings KnowledgeBase { get; init; } = new();

    /// <summary>Pipeline and status of tickets this bot creates (C4).</summary>
    public TicketSettings Tickets { get; init; } = new();

    /// <summary>The satisfaction survey shown when a conversation ends (O9).</summary>
    public SurveySettings Survey { get; init; } = new();

    /// <summary>
    /// The pages and visitors the bot appears for (T1–T5). Part of the document, so publishing a flow
    /// publishes its targeting with it; the default (no groups, no exclusions) is every page.
    /// </summary>
    public TargetingRules Targeting { get; init; } = new();

    /// <summary>
    /// Translations of the bot's texts (L1): language → text key (<see cref="Translations.FlowText.Key"/>) → text. Part of
    /// the document, so versions, diff and rollback cover them; a missing text falls back to the base language.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translations { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);

    /// <summary>The base language first, then each translation's, in alphabetical order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> Languages => [Language, .. Translations.Keys.Where(l => l != Language).Order(StringComparer.Ordinal)];

    /// <summary>The template this flow was created from, if any (C2).</summary>
    public string? Template { get; init; }

    /// <summary>The id of the action the flow starts with, or null for a flow with no actions.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? EffectiveStartActionId => StartActionId ?? (Actions.Count > 0 ? Actions[0].Id : null);

    public FlowAction? FindAction(string? id) => id is null ? null : Actions.FirstOrDefault(a => a.Id == id);
}

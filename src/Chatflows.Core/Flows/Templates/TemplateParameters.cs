namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// What the "new chatflow" dialog asks before a template becomes a flow (C1–C4). Everything a
/// template cannot guess (whose calendar, which team) comes in here, so the new flow works at once.
/// </summary>
/// <param name="Id">The new flow's id; letters, digits and dashes.</param>
/// <param name="Language">
/// The template's words come from this language's texts file (its <c>template.{key}</c> section), key by key
/// English where it has none; the flow keeps the code either way, so the widget texts and the
/// knowledge-base search follow the flow's language.
/// </param>
public sealed record TemplateParameters(string Id, string Name, string Language, FlowBinding Binding)
{
    /// <summary>The knowledge base the bot searches (C3); null searches every knowledge base in the flow's language.</summary>
    public string? KnowledgeBaseId { get; init; }

    /// <summary>The team hand-offs go to; null means everyone in the inbox or helpdesk.</summary>
    public string? HandOffTeamId { get; init; }

    /// <summary>
    /// Whose calendar meetings are booked in. Null books round robin in <see cref="HandOffTeamId"/>;
    /// with neither, the builder asks the editor to choose (a validation finding on the meeting action).
    /// </summary>
    public string? MeetingUserId { get; init; }

    /// <summary>Pipeline of the tickets the bot creates (C4). Default <c>support</c>.</summary>
    public string TicketPipeline { get; init; } = "support";

    /// <summary>Status of the tickets the bot creates (C4). Default <c>new</c>.</summary>
    public string TicketStatus { get; init; } = "new";
}

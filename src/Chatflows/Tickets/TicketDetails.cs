using Chatflows.Inbox;
using Chatflows.Surveys;

namespace Chatflows.Tickets;

/// <summary>One ticket as its page shows it: the ticket, its pipeline, the conversation it came from and the contact.</summary>
/// <param name="Pipeline">The ticket's pipeline, or one named after its id with no statuses when nobody set it up.</param>
/// <param name="Rating">The visitor's rating of the conversation (O9), if they gave one.</param>
public sealed record TicketDetails(
    long Id,
    string Reference,
    string Subject,
    string Description,
    TicketPipeline Pipeline,
    string Status,
    string Priority,
    string? AssigneeId,
    string? ConversationId,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    IReadOnlyList<TranscriptLine> Messages,
    ConversationRating? Rating,
    string? ContactEmail,
    IReadOnlyDictionary<string, string> Contact,
    IReadOnlyDictionary<string, string> Company)
{
    /// <summary>Statuses to offer: the pipeline's, plus the ticket's own if the pipeline no longer has it.</summary>
    public IReadOnlyList<TicketStatus> StatusOptions =>
        Pipeline.FindStatus(Status) is null ? [.. Pipeline.Statuses, new TicketStatus(Status, Status)] : Pipeline.Statuses;
}

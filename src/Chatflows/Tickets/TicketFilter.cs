namespace Chatflows.Tickets;

/// <summary>The filters of the tickets list (P3) that agents combine; empty means any.</summary>
/// <param name="Assignee">A user id, <see cref="Unassigned"/>, or empty for anyone.</param>
public sealed record TicketFilter(string? Status, string? Assignee, string? Priority)
{
    public const string Unassigned = "none";
}

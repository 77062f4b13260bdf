namespace Chatflows.Tickets;

/// <summary>A ticket an agent makes from a conversation (P3); the form starts prefilled from the conversation.</summary>
/// <param name="AssigneeId">A user id, or null for nobody.</param>
public sealed record NewTicket(string Subject, string Description, string Pipeline, string Status, string Priority, string? AssigneeId)
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 4000;
}

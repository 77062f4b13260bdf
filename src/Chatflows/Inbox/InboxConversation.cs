using Chatflows.Storage;

namespace Chatflows.Inbox;

/// <summary>The facts of a conversation the inbox thread shows and acts on.</summary>
/// <param name="PageUrl">The visitor's page as they sent it: visitor input, not yet a safe link.</param>
/// <param name="VisitorReadSeq">The last message the visitor read in the widget (<see cref="ConversationRecord.VisitorReadSeq"/>).</param>
public sealed record InboxConversation(
    string Id, string Status, string? AssignedUserId, string? AssignedTeamId, string? PageUrl, DateTime StartedUtc, long LastSeq, long VisitorReadSeq)
{
    public bool HandedOff => Status == ConversationStatuses.HandedOff;

    public bool IsOpen => ConversationStatuses.IsOpen(Status);
}

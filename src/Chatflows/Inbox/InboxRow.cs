namespace Chatflows.Inbox;

/// <summary>One line of the conversations list.</summary>
/// <param name="IsSample">One of the demo's sample conversations, which "Remove sample data" deletes.</param>
public sealed record InboxRow(
    string Id, string ChatflowName, string Status, string? AgentName, string? TeamId, string? ContactEmail, string? LastMessage,
    DateTime LastActivityUtc, int Unread, bool IsSample);

namespace Chatflows.Inbox;

/// <summary>One line of the conversations list.</summary>
public sealed record InboxRow(
    string Id, string ChatflowName, string Status, string? AgentName, string? TeamId, string? ContactEmail, string? LastMessage,
    DateTime LastActivityUtc, int Unread);

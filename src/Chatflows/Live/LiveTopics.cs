namespace Chatflows.Live;

/// <summary>The topics events are published on: one per conversation (its visitor) and one for all agents.</summary>
public static class LiveTopics
{
    /// <summary>Agents' inbox: new conversations, every message (notes too), assignment and status changes, typing.</summary>
    public const string Inbox = "inbox";

    /// <summary>What the conversation's visitor may see: never internal notes.</summary>
    public static string Conversation(string conversationId) => $"conversation:{conversationId}";
}

namespace Chatflows.Live;

/// <summary>The topics events are published on: one per conversation (its visitor) and one for all agents.</summary>
public static class LiveTopics
{
    /// <summary>Agents' inbox: new conversations, every message (notes too), assignment and status changes, typing.</summary>
    public const string Inbox = "inbox";

    /// <summary>Changes to what visitors see, for the nodes' caches (<see cref="Flows.ChatflowChanges"/>).</summary>
    public const string Changes = "changes";

    /// <summary>What the conversation's visitor may see: never internal notes.</summary>
    public static string Conversation(string conversationId) => $"conversation:{conversationId}";
}

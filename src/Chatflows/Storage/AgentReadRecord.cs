namespace Chatflows.Storage;

/// <summary>
/// How far one agent has read one conversation. Per agent, not per conversation: a colleague opening a
/// thread must not clear the unread count of the agent who owns it.
/// </summary>
public sealed class AgentReadRecord
{
    public string ConversationId { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The last message sequence number this agent has seen; later visitor messages are unread for them.</summary>
    public long ReadSeq { get; set; }
}

namespace Chatflows.Inbox;

/// <summary>The newest message sequence number the agent's open thread has shown them.</summary>
public sealed record ReadRequest(long Seq);

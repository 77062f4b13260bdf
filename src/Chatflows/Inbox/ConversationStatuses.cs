namespace Chatflows.Inbox;

/// <summary>The conversation statuses the inbox reads and writes (the engine's, camel-cased, plus <c>closed</c>).</summary>
public static class ConversationStatuses
{
    public const string Active = "active";
    public const string WaitingForVisitor = "waitingForVisitor";
    public const string HandedOff = "handedOff";
    public const string Ended = "ended";

    /// <summary>Closed by an agent; the widget shows its end state.</summary>
    public const string Closed = "closed";

    public static bool IsOpen(string status) => status is not (Ended or Closed);

    /// <summary>The statuses of a conversation still going on: what the open-conversations cap counts and idle closing ends.</summary>
    public static readonly string[] Live = [Active, WaitingForVisitor, HandedOff];
}

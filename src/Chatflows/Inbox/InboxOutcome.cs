namespace Chatflows.Inbox;

/// <summary>How an agent's action on a conversation ended.</summary>
public enum InboxOutcome
{
    Done,
    NotFound,

    /// <summary>Another agent owns the conversation (took it over first, or it was assigned to them).</summary>
    TakenByOther,

    /// <summary>Replying needs owning the conversation: take it over first.</summary>
    NotOwner,
    Closed,
    Invalid,
}

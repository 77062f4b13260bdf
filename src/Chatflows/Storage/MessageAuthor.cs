namespace Chatflows.Storage;

public enum MessageAuthor
{
    Visitor,
    Bot,
    Agent,
    System,

    /// <summary>An agent's internal note: shown to colleagues in the inbox, never to the visitor (API or stream).</summary>
    Note,
}

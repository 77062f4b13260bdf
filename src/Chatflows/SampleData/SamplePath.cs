namespace Chatflows.SampleData;

/// <summary>The roads a sample visitor takes through the demo's concierge chatflow.</summary>
public enum SamplePath
{
    /// <summary>Searches the knowledge base, is helped, rates the chat.</summary>
    Answered,

    /// <summary>Searches, is not helped, is handed to an agent who answers and closes.</summary>
    NotHelped,

    /// <summary>Asks for a person straight away; an agent answers and closes.</summary>
    Person,

    /// <summary>Asks for a person while nobody is available, leaves an address and a question: a ticket.</summary>
    Ticket,

    /// <summary>Books a meeting with the demo's host.</summary>
    Meeting,

    /// <summary>Asks for a person while nobody is available and leaves no address.</summary>
    NoEmail,

    /// <summary>Opens the chat and leaves at the first question (the overview's drop-off).</summary>
    LeftAtStart,

    /// <summary>Chooses to search and leaves before typing anything.</summary>
    LeftAtSearch,
}

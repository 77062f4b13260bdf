namespace Chatflows.Flows;

/// <summary>How deleting a chatflow went.</summary>
public enum DeleteOutcome
{
    Deleted,
    NotFound,

    /// <summary>Visitors have talked to it: switch it off instead, so their conversations stay readable.</summary>
    HasConversations,
}

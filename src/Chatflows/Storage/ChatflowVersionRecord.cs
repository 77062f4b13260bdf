namespace Chatflows.Storage;

/// <summary>
/// One publication of a chatflow (P1, #8 item 7): the exact document visitors got, who published it and
/// when. Kept for the History tab's diff and for rollback, which publishes an old one as a new version.
/// </summary>
public sealed class ChatflowVersionRecord
{
    public long Id { get; set; }

    public string ChatflowId { get; set; } = "";

    /// <summary>Matches <see cref="ChatflowRecord.PublishedVersion"/> at the time, and <see cref="ConversationRecord.FlowVersion"/>.</summary>
    public int Version { get; set; }

    public string Json { get; set; } = "{}";

    /// <summary>Display name of the editor (or "Recipe"), kept as text so the history survives the user's deletion.</summary>
    public string PublishedBy { get; set; } = "";

    public DateTime PublishedUtc { get; set; }

    /// <summary>Why this version exists when it is not a plain publish, e.g. "Rolled back to version 3".</summary>
    public string? Note { get; set; }
}

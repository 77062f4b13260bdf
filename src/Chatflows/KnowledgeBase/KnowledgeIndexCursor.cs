namespace Chatflows.KnowledgeBase;

/// <summary>
/// How far a node's index has followed the database: the newest change seen, and the version each
/// recently changed article was indexed at, so re-reading the look-back window re-indexes nothing twice.
/// </summary>
public sealed class KnowledgeIndexCursor(DateTime since)
{
    /// <summary>The newest <c>UpdatedUtc</c> seen so far.</summary>
    public DateTime Newest { get; set; } = since;

    /// <summary>Article id → what was indexed (version and update time), for the changes inside the look-back window.</summary>
    public Dictionary<long, (Guid Version, DateTime UpdatedUtc)> Applied { get; } = [];
}

namespace Chatflows.Inbox;

/// <summary>How the SQLite message-search index follows the messages (<see cref="MessageSearchFollower"/>).</summary>
public sealed class MessageSearchOptions
{
    /// <summary>
    /// How often the index takes in the messages committed since its cursor. Default: 1 second, so the inbox's
    /// "Search messages" finds a message about a second after it was written. Zero turns following off (a test
    /// that drives <see cref="MessageSearchIndex.CatchUpAsync"/> itself).
    /// </summary>
    public TimeSpan FollowInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Most messages indexed in one round of the node's writer. Default: 1,000; a backlog takes several rounds,
    /// and visitor turns queued meanwhile go in between them.
    /// </summary>
    public int BatchSize { get; set; } = 1_000;
}

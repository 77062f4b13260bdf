namespace Chatflows.Storage;

/// <summary>
/// One five-minute block of a host's time taken by a meeting. The key (host, block start) is what makes
/// double booking impossible: overlapping meetings of any length share a block, and the database
/// refuses the second insert. Cancelling deletes the claims, freeing the time.
/// </summary>
public sealed class MeetingClaimRecord
{
    public string HostUserId { get; set; } = "";

    public DateTime BlockStartUtc { get; set; }

    public long MeetingId { get; set; }
}

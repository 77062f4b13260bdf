namespace Chatflows.Storage;

/// <summary>
/// Who did what to which chatflow, and when (#8 item 7). Names are copied, not referenced, so an entry
/// still reads right after the chatflow or the user is deleted.
/// </summary>
public sealed class AuditEntryRecord
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>A stable verb from <c>AuditActions</c>, e.g. <c>published</c>.</summary>
    public string Action { get; set; } = "";

    public string ChatflowId { get; set; } = "";

    public string ChatflowName { get; set; } = "";

    public string? Detail { get; set; }
}

namespace Chatflows.Storage;

/// <summary>A booked meeting. Its time is held by <see cref="MeetingClaimRecord"/> rows while it stands.</summary>
public sealed class MeetingRecord
{
    public long Id { get; set; }

    /// <summary>The reference the visitor was told, e.g. <c>M-7K3Q9</c>.</summary>
    public string Reference { get; set; } = "";

    public string HostUserId { get; set; } = "";

    public long MeetingTypeId { get; set; }

    /// <summary>The type's name when booked; renaming the type later does not rewrite history.</summary>
    public string Title { get; set; } = "";

    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }

    public int BufferBeforeMinutes { get; set; }

    public int BufferAfterMinutes { get; set; }

    public string VisitorName { get; set; } = "";

    public string VisitorEmail { get; set; } = "";

    public string? VisitorTimeZone { get; set; }

    public string? ConversationId { get; set; }

    /// <summary>SHA-256 of the visitor's manage token; the token itself is only in the visitor's links.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime? CancelledUtc { get; set; }

    /// <summary>The meeting this one replaced when the visitor rescheduled.</summary>
    public long? RescheduledFromId { get; set; }
}

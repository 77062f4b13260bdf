namespace Chatflows.Mail;

/// <summary>Where a mail in the outbox stands (<see cref="Storage.MailOutboxRecord.Status"/>).</summary>
public static class MailStatuses
{
    /// <summary>Waiting for its time (first attempt or a retry).</summary>
    public const string Pending = "pending";

    /// <summary>Claimed by a node until its lease ends.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Given up: every attempt failed, or a rule refused it; the reason is kept.</summary>
    public const string Failed = "failed";

    /// <summary>Not needed any more (the visitor read the reply live, the hand-off was taken, the notification is off).</summary>
    public const string Skipped = "skipped";

    public static readonly IReadOnlyList<string> All = [Pending, Sending, Sent, Failed, Skipped];
}

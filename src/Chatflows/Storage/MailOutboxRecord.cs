namespace Chatflows.Storage;

/// <summary>
/// One mail to send, written in the same transaction as what causes it. The worker renders it from
/// <see cref="ModelJson"/> when it is due; <see cref="MessageId"/> is fixed at creation, so every
/// attempt sends the same message.
/// </summary>
public sealed class MailOutboxRecord
{
    public long Id { get; set; }

    /// <summary>The Message-Id header (without angle brackets).</summary>
    public string MessageId { get; set; } = "";

    /// <summary>What kind of mail this is (<see cref="Mail.MailKinds"/>).</summary>
    public string Kind { get; set; } = "";

    public string ToAddress { get; set; } = "";

    public string? ToName { get; set; }

    /// <summary>The language of the texts (en, nl, de, fr, es).</summary>
    public string Language { get; set; } = "en";

    /// <summary>What the template shows, as JSON; may hold a link with a secret token, so it is never shown in the admin.</summary>
    public string ModelJson { get; set; } = "{}";

    public string? ConversationId { get; set; }

    /// <summary><see cref="Mail.MailStatuses"/>.</summary>
    public string Status { get; set; } = Mail.MailStatuses.Pending;

    public int Attempts { get; set; }

    /// <summary>Not sent before this time (a retry's back-off, or the two minutes a reply waits for the visitor).</summary>
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>The node that claimed it while <see cref="Status"/> is sending.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>The subject as sent, for the admin's outbox list.</summary>
    public string? Subject { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? SentUtc { get; set; }
}

namespace Chatflows.Mail;

/// <summary>One mail as the admin's outbox lists it; never its model, which may hold a secret link.</summary>
public sealed record MailOutboxRow(
    long Id, string Kind, string ToAddress, string? Subject, string Status, int Attempts, DateTime CreatedUtc, DateTime NextAttemptUtc, DateTime? SentUtc, string? LastError);

using MimeKit;

namespace Chatflows.Mail;

/// <summary>A due mail made ready: the message, or why it is skipped or refused.</summary>
public sealed record MailComposition(MimeMessage? Message, string? Skip, string? Refusal)
{
    public static MailComposition Ready(MimeMessage message) => new(message, null, null);

    public static MailComposition Skipped(string reason) => new(null, reason, null);

    public static MailComposition Refused(string reason) => new(null, null, reason);
}

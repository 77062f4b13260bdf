namespace Chatflows.Mail;

/// <summary>What a kind adds to its mail beyond the templates.</summary>
/// <param name="Skip">Set when the mail is no longer needed; it is then marked skipped with this reason.</param>
public sealed record MailContent(IReadOnlyList<MailAttachment> Attachments, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Skip = null)
{
    public static MailContent None { get; } = new([], []);

    public static MailContent Skipped(string reason) => new([], [], reason);
}

using System.ComponentModel.DataAnnotations;

namespace Chatflows.Mail;

/// <summary>E-mail (<c>Chatflows:Mail</c>): how mail leaves, who it is from, and how the outbox retries.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string SectionName = "Chatflows:Mail";

    /// <summary>Where mail goes: <see cref="MailTransportKind.Pickup"/> (default, <c>.eml</c> files) or <see cref="MailTransportKind.Smtp"/>.</summary>
    public MailTransportKind Transport { get; set; } = MailTransportKind.Pickup;

    /// <summary>The pickup folder for <c>.eml</c> files, relative to the content root. Default <c>App_Data/mail</c>.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    /// <summary>
    /// A folder whose files override the module's mail templates and texts one by one (same names), relative to
    /// the content root. Default empty: the module's own. The demo host points it at its theme's <c>mail/</c>.
    /// </summary>
    public string TemplateFolder { get; set; } = "";

    /// <summary>The SMTP server, used when <see cref="Transport"/> is <c>Smtp</c>.</summary>
    public MailSmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender's address when the admin's mail page has none. Default <c>chatflows@localhost</c>.</summary>
    [EmailAddress]
    public string FromAddress { get; set; } = "chatflows@localhost";

    /// <summary>The sender's display name when the admin's mail page has none; empty means the chat channel's name. Default empty.</summary>
    [MaxLength(100)]
    public string FromName { get; set; } = "";

    /// <summary>
    /// The site's public address for links in mail (meeting manage link, unsubscribe), e.g.
    /// <c>https://www.example.com</c>. Default empty: the address of the request that caused the mail.
    /// </summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>Attempts before a mail is marked failed. Default 6.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry; each further retry waits twice as long (capped at 6 hours). Default 30 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a node owns a mail it claimed; after that another node may send it. Default 2 minutes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the worker looks for due mail when nothing wakes it. Default 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Mails one address may be sent within an hour; more are dropped and logged. Default 20.</summary>
    [Range(1, 10_000)]
    public int MaxPerRecipientPerHour { get; set; } = 20;

    /// <summary>False stops this node's worker (another node sends). Default true.</summary>
    public bool SendEnabled { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Transport == MailTransportKind.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return new ValidationResult("Chatflows:Mail:Smtp:Host is required when Chatflows:Mail:Transport is Smtp.", [nameof(Smtp)]);
        }

        if (Transport == MailTransportKind.Pickup && string.IsNullOrWhiteSpace(PickupFolder))
        {
            yield return new ValidationResult("Chatflows:Mail:PickupFolder is required when Chatflows:Mail:Transport is Pickup.", [nameof(PickupFolder)]);
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Chatflows:Mail:Smtp:Port must be between 1 and 65535.", [nameof(Smtp)]);
        }

        if (Smtp.KeepAlive < TimeSpan.Zero || Smtp.MaxMessagesPerConnection is < 1 or > 10_000)
        {
            yield return new ValidationResult("Chatflows:Mail:Smtp:KeepAlive must not be negative and MaxMessagesPerConnection must be between 1 and 10000.", [nameof(Smtp)]);
        }

        if (string.IsNullOrEmpty(Smtp.UserName) != string.IsNullOrEmpty(Smtp.Password))
        {
            yield return new ValidationResult("Chatflows:Mail:Smtp:UserName and Password go together.", [nameof(Smtp)]);
        }

        if (PublicUrl.Length > 0 && !(Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Chatflows:Mail:PublicUrl must be an absolute http(s) address.", [nameof(PublicUrl)]);
        }

        if (RetryDelay <= TimeSpan.Zero || Lease <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Chatflows:Mail:RetryDelay, Lease and PollInterval must be positive.", [nameof(RetryDelay)]);
        }
    }
}

namespace Chatflows.Storage;

/// <summary>An address whose owner asked for no more replies by mail (one-click unsubscribe, RFC 8058).</summary>
public sealed class MailUnsubscribeRecord
{
    /// <summary>Lower-case.</summary>
    public string Address { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

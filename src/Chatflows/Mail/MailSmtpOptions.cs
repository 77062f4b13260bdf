namespace Chatflows.Mail;

/// <summary>The SMTP server (<c>Chatflows:Mail:Smtp</c>).</summary>
public sealed class MailSmtpOptions
{
    /// <summary>The server's host name. Default empty (required for the SMTP transport).</summary>
    public string Host { get; set; } = "";

    /// <summary>The server's port. Default 587 (submission with STARTTLS).</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>StartTls</c> (default: upgrade or refuse), <c>Tls</c> (TLS from the first byte, port 465),
    /// <c>StartTlsWhenAvailable</c>, or <c>None</c> (only for a relay on the same machine).
    /// </summary>
    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>The account for SMTP authentication; empty sends without authenticating. Default empty.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The account's password; keep it in a secret store or environment variable. Default empty.</summary>
    public string Password { get; set; } = "";

    /// <summary>How long one connection attempt or command may take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a connection stays open after a mail for the next one to reuse (the outbox's batch and mail that
    /// follows soon); zero opens a connection per mail. Default 15 seconds: below the idle limit of common servers.
    /// </summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Mails sent over one connection before it is closed and a new one opened (servers limit this). Default 100.</summary>
    public int MaxMessagesPerConnection { get; set; } = 100;
}

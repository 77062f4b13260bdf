using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Chatflows.Mail;

/// <summary>
/// One connected, authenticated MailKit client and what <see cref="SmtpMailTransport"/> needs to know to reuse it:
/// the settings it was opened with, how many mails went over it, and whether the server took the current mail's
/// sender (after that, the mail may have been delivered even when the connection then fails).
/// </summary>
internal sealed class SmtpConnection : IDisposable
{
    private readonly WatchingClient _client;
    private readonly (string Host, int Port, MailSecurity Security, string UserName, string Password) _settings;

    private SmtpConnection(WatchingClient client, MailSmtpOptions smtp)
    {
        _client = client;
        _settings = Settings(smtp);
    }

    public int Sent { get; private set; }

    public bool SenderAccepted => _client.SenderAccepted;

    public bool IsConnected => _client.IsConnected;

    public static async Task<SmtpConnection> OpenAsync(MailSmtpOptions smtp, CancellationToken cancellationToken)
    {
        var client = new WatchingClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, Socket(smtp.Security), cancellationToken);
            if (smtp.UserName.Length > 0)
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new SmtpConnection(client, smtp);
    }

    /// <summary>
    /// The server ended the connection or said it is closing it, nothing about the mail itself: 421, or the 221 that
    /// some servers send when they end an idle connection, which a kept connection reads as the answer to its next command.
    /// </summary>
    public static bool IsConnectionLoss(Exception e) => e is IOException or SocketException or ServiceNotConnectedException or SmtpProtocolException
        or SmtpCommandException { StatusCode: SmtpStatusCode.ServiceNotAvailable or SmtpStatusCode.ServiceClosingTransmissionChannel };

    public bool IsFor(MailSmtpOptions smtp) => _settings == Settings(smtp);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        _client.SenderAccepted = false;
        await _client.SendAsync(message, cancellationToken);
        Sent++;
    }

    public async Task QuitAsync()
    {
        if (_client.IsConnected)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _client.DisconnectAsync(quit: true, timeout.Token);
        }
    }

    public void Dispose() => _client.Dispose();

    private static (string, int, MailSecurity, string, string) Settings(MailSmtpOptions smtp) => (smtp.Host, smtp.Port, smtp.Security, smtp.UserName, smtp.Password);

    private static SecureSocketOptions Socket(MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        MailSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    private sealed class WatchingClient : SmtpClient
    {
        public bool SenderAccepted { get; set; }

        protected override void OnSenderAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
        {
            SenderAccepted = true;
            base.OnSenderAccepted(message, mailbox, response);
        }
    }
}

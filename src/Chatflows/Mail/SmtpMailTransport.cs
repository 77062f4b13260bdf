using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Chatflows.Mail;

/// <summary>
/// SMTP through MailKit over one connection kept open between sends: the worker's batch, and mail that follows
/// within <see cref="MailSmtpOptions.KeepAlive"/>, share a connection and its EHLO, TLS and AUTH instead of paying
/// them per mail. One send at a time uses it. A connection that failed in any way is dropped, never reused.
/// </summary>
public sealed partial class SmtpMailTransport(IOptionsMonitor<MailOptions> options, TimeProvider time, ILogger<SmtpMailTransport> logger)
    : IMailTransport, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SmtpConnection? _open;
    private ITimer? _idle;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var smtp = options.CurrentValue.Smtp;
            if (await TakeOpenAsync(smtp) is { } reused)
            {
                try
                {
                    await reused.SendAsync(message, cancellationToken);
                    await KeepAsync(reused, smtp);
                    return;
                }
                catch (Exception e) when (!reused.SenderAccepted && SmtpConnection.IsConnectionLoss(e))
                {
                    // The server closed the kept connection (idle timeout, a limit, a restart) before it took this
                    // mail's sender, so it has nothing of this mail: sending it over a new connection cannot deliver
                    // it twice. Once the sender was accepted, a loss is an ordinary failed attempt for the outbox.
                    LogReconnecting(reused.Sent, e.Message);
                    reused.Dispose();
                }
                catch
                {
                    reused.Dispose();
                    throw;
                }
            }

            var fresh = await SmtpConnection.OpenAsync(smtp, cancellationToken);
            try
            {
                await fresh.SendAsync(message, cancellationToken);
            }
            catch
            {
                fresh.Dispose();
                throw;
            }

            await KeepAsync(fresh, smtp);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _idle?.Dispose();
            await CloseAsync(Interlocked.Exchange(ref _open, null));
        }
        finally
        {
            _gate.Release();
        }
    }

    // The kept connection when it is still for these settings and below its limit; otherwise it is closed here.
    private async Task<SmtpConnection?> TakeOpenAsync(MailSmtpOptions smtp)
    {
        var open = _open;
        _open = null;
        if (open is null)
        {
            return null;
        }

        if (open.IsFor(smtp) && open.IsConnected && open.Sent < smtp.MaxMessagesPerConnection)
        {
            return open;
        }

        await CloseAsync(open);
        return null;
    }

    private async Task KeepAsync(SmtpConnection connection, MailSmtpOptions smtp)
    {
        if (smtp.KeepAlive <= TimeSpan.Zero)
        {
            await CloseAsync(connection);
            return;
        }

        _open = connection;
        _idle ??= time.CreateTimer(_ => _ = CloseIdleAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _idle.Change(smtp.KeepAlive, Timeout.InfiniteTimeSpan);
    }

    // The timer fired: a send that started meanwhile holds the gate and re-arms the timer, so only a connection that
    // is still idle is closed.
    private async Task CloseIdleAsync()
    {
        if (!await _gate.WaitAsync(0))
        {
            return;
        }

        try
        {
            await CloseAsync(Interlocked.Exchange(ref _open, null));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CloseAsync(SmtpConnection? connection)
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            await connection.QuitAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogQuitFailed(e.Message); // the mail on it was already handed over; a failed goodbye loses nothing
        }
        finally
        {
            connection.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The SMTP server closed the kept connection after {Sent} mail(s) ({Reason}); sending over a new one")]
    private partial void LogReconnecting(int sent, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing an SMTP connection failed: {Reason}")]
    private partial void LogQuitFailed(string reason);
}

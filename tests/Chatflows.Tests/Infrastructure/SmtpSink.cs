using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Chatflows.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free port of 127.0.0.1. It parses every message it is
/// handed with MimeKit, keeps the accepted ones, and can refuse the first few (451) or hold one in the
/// middle of its DATA until the test lets go. It counts connections, and can end a connection itself: with a 421
/// once it carried a number of mails, or silently when it waited too long for the next command.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly SemaphoreSlim _changed = new(0);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _ended = new(0);
    private int _refuse;
    private int _holdNext;
    private int _connections;

    private SmtpSink(int refuseFirst, bool holdFirst, int closeAfter, TimeSpan? idleTimeout)
    {
        _refuse = refuseFirst;
        _holdNext = holdFirst ? 1 : 0;

        Port = LoopbackPort.Free();
        var builder = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)));
        if (idleTimeout is { } idle)
        {
            builder = builder.CommandWaitTimeout(idle);
        }

        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new ConnectionLimit(closeAfter));
        var server = new SmtpServer.SmtpServer(builder.Build(), services);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref _connections);
        server.SessionCompleted += (_, _) => _ended.Release();
        server.SessionFaulted += (_, _) => _ended.Release();
        server.SessionCancelled += (_, _) => _ended.Release();
        _running = server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Connections opened to this server so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Messages accepted (250), in order.</summary>
    public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

    /// <summary>Every message handed over, accepted or not, with its envelope recipients.</summary>
    public ConcurrentQueue<(MimeMessage Message, IReadOnlyList<string> Recipients, bool Accepted)> Seen { get; } = new();

    /// <summary>Completes when the held message arrived (its sender now waits for the answer).</summary>
    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Settings that point the module at this server.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Chatflows:Mail:Transport"] = "Smtp",
        ["Chatflows:Mail:Smtp:Host"] = "127.0.0.1",
        ["Chatflows:Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Chatflows:Mail:Smtp:Security"] = "None",
        ["Chatflows:Mail:RetryDelay"] = "00:00:00.200",
        ["Chatflows:Mail:PollInterval"] = "00:00:00.200",
    };

    /// <param name="closeAfter">When above zero, a connection that carried this many mails gets 421 and is closed at its next MAIL FROM.</param>
    /// <param name="idleTimeout">When given, the server closes a connection that sent no command for this long.</param>
    public static SmtpSink Start(int refuseFirst = 0, bool holdFirst = false, int closeAfter = 0, TimeSpan? idleTimeout = null) =>
        new(refuseFirst, holdFirst, closeAfter, idleTimeout);

    /// <summary>Waits until a connection ended (the client quit or the server closed it).</summary>
    public async Task WaitForEndedConnectionAsync(int seconds = 60) =>
        Assert.True(await _ended.WaitAsync(TimeSpan.FromSeconds(seconds)), "No SMTP connection ended.");

    /// <summary>Lets the held message go with a refusal, so its (dead) sender's attempt counts for nothing.</summary>
    public void ReleaseRefusing() => _release.TrySetResult();

    /// <summary>Waits until <paramref name="done"/> holds for the accepted messages; fails after <paramref name="seconds"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitAsync(Func<IReadOnlyList<MimeMessage>, bool> done, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var accepted = Accepted.ToList();
            if (done(accepted))
            {
                return accepted;
            }

            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"The SMTP server got {accepted.Count} message(s): {string.Join(" | ", accepted.Select(m => m.Subject))}");
            await _changed.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }

    public Task<IReadOnlyList<MimeMessage>> WaitForCountAsync(int count, int seconds = 120) => WaitAsync(m => m.Count >= count, seconds);

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _changed.Dispose();
        _ended.Dispose();
    }


    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var recipients = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
            if (Interlocked.Exchange(ref sink._holdNext, 0) == 1)
            {
                sink.Holding.TrySetResult();
                await sink._release.Task;
                return Refuse(sink, message, recipients);
            }

            if (Interlocked.Decrement(ref sink._refuse) >= 0)
            {
                return Refuse(sink, message, recipients);
            }

            context.Properties[ConnectionLimit.Carried] = (context.Properties.TryGetValue(ConnectionLimit.Carried, out var carried) ? (int)carried : 0) + 1;
            sink.Seen.Enqueue((message, recipients, true));
            sink.Accepted.Enqueue(message);
            sink._changed.Release();
            return SmtpResponse.Ok;
        }

        private static SmtpResponse Refuse(SmtpSink sink, MimeMessage message, IReadOnlyList<string> recipients)
        {
            sink.Seen.Enqueue((message, recipients, false));
            sink._changed.Release();
            return new SmtpResponse((SmtpReplyCode)451, "Try again later");
        }
    }

    // A server that limits mails per connection: past the limit it says 421 and hangs up (RFC 5321 4.2.2).
    private sealed class ConnectionLimit(int closeAfter) : MailboxFilter
    {
        public const string Carried = "carried";

        public override Task<bool> CanAcceptFromAsync(ISessionContext context, SmtpServer.Mail.IMailbox from, int size, CancellationToken cancellationToken)
        {
            if (closeAfter > 0 && context.Properties.TryGetValue(Carried, out var carried) && (int)carried >= closeAfter)
            {
                throw new SmtpResponseException(new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "Too many mails on one connection"), true);
            }

            return Task.FromResult(true);
        }
    }
}

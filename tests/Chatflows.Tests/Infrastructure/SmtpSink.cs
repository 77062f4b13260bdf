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
/// middle of its DATA until the test lets go.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly SemaphoreSlim _changed = new(0);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _refuse;
    private int _holdNext;

    private SmtpSink(int refuseFirst, bool holdFirst)
    {
        _refuse = refuseFirst;
        _holdNext = holdFirst ? 1 : 0;

        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

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

    public static SmtpSink Start(int refuseFirst = 0, bool holdFirst = false) => new(refuseFirst, holdFirst);

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
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
}

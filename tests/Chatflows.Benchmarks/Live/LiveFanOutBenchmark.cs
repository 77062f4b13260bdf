using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Chatflows.Inbox;
using Chatflows.Live;
using Chatflows.Storage;
using Chatflows.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chatflows.Benchmarks.Live;

/// <summary>
/// N visitor event streams on one node (the real module on Kestrel, SQLite), then one agent reply to each
/// conversation through the real path (write, commit, publish): delivery latency from just before the write
/// to the event read on the visitor's socket, and memory per open stream; then fan-out alone: a second reply to each
/// conversation, written through the same path with its publication held back, timed from the release of
/// those real events to their arrival. Clients are raw sockets with small
/// buffers in the same process, so the memory figure is an upper bound for the server. Bounded to ~60 s.
/// Run: dotnet run -c Release --project tests/Chatflows.Benchmarks -- live-fanout 2000
/// </summary>
public static class LiveFanOutBenchmark
{
    public static async Task RunAsync(int streams)
    {
        var total = Stopwatch.StartNew();
        var file = Path.Combine(Path.GetTempPath(), $"chatflows-live-bench-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Chatflows:Database:Provider"] = "Sqlite",
            ["Chatflows:Database:ConnectionString"] = $"Data Source={file}",
            ["Chatflows:Setup:AdminEmail"] = "admin@bench.test",
            ["Chatflows:Setup:AdminPassword"] = "Admin-Passw0rd!",
            ["Chatflows:Limits:RequestsPerMinutePerIp"] = "1000000",
            ["Chatflows:Limits:StreamsPerIp"] = "1000000", // every client here is 127.0.0.1; the cap per address is tested elsewhere
        });
        builder.Services.AddChatflows();
        // The fan-out step holds the real path's publications back until its clock starts (HeldLiveEventBus).
        var bus = builder.Services.Last(d => d.ServiceType == typeof(ILiveEventBus));
        builder.Services.Remove(bus);
        builder.Services.AddSingleton(provider => new HeldLiveEventBus((ILiveEventBus)bus.ImplementationFactory!(provider)));
        builder.Services.AddSingleton<ILiveEventBus>(provider => provider.GetRequiredService<HeldLiveEventBus>());
        await using var app = builder.Build();
        app.MapChatflows();
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;

        var (agent, conversations) = await SeedAsync(app.Services, streams);
        var hub = app.Services.GetRequiredService<LocalLiveHub>();
        var (heapBefore, setBefore) = Memory();

        // The server accepts only visitor ids it signed (VisitorIds): each client carries the token the widget
        // would have been given, signed before the clock starts.
        var protector = app.Services.GetRequiredService<Chatflows.Visitors.VisitorIdProtector>();
        var tokens = conversations.Select(c => protector.Issue(c.VisitorId)).ToArray();
        var clients = new StreamClient[streams];
        var opening = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, streams), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
            clients[i] = await StreamClient.OpenAsync(port, conversations[i].Id, tokens[i], ct));
        await Task.WhenAll(clients.Select(c => c.Subscribed));
        opening.Stop();
        var (heapAfter, setAfter) = Memory();

        // First the agent's real path: write, commit (SQLite, one writer at a time), then publish.
        var replies = await MeasureAsync(clients, "bench reply", 2, async (i, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InboxActions>().WriteMessageAsync(conversations[i].Id, agent, "bench reply", note: false, ct);
        });

        // Then fan-out alone, of real stored messages: the agent writes one more reply to each conversation through
        // the same real path (write, commit, publish) while the bus holds the publications back, up to 10 s of
        // writing; then the clock starts and the held events of what was written go out, 4 conversations at a time.
        var held = app.Services.GetRequiredService<HeldLiveEventBus>();
        held.Hold();
        using (var writing = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = writing.Token }, async (conversation, ct) =>
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<InboxActions>().WriteMessageAsync(conversation.Id, agent, "bench fanout", note: false, CancellationToken.None);
                });
            }
            catch (OperationCanceledException)
            {
                // Bounded: what was written within the window is fanned out.
            }
        }

        held.StopHolding();
        var stored = Enumerable.Range(0, streams).Where(i => held.IsHeld(conversations[i].Id)).ToArray();
        var fanOut = await MeasureAsync([.. stored.Select(i => clients[i])], "bench fanout", 4, async (i, ct) =>
            await held.ReleaseAsync(conversations[stored[i]].Id, ct));

        Console.WriteLine($"streams open: {hub.SubscriberCount} of {streams} in {opening.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"memory per open stream (server + raw-socket client): managed heap {(heapAfter - heapBefore) / (double)streams / 1024:F1} KB, working set {(setAfter - setBefore) / (double)streams / 1024:F1} KB");
        Console.WriteLine($"fan-out (publish only) of {stored.Length} stored replies written through the inbox: {fanOut}");
        Console.WriteLine($"agent replies (write+commit+publish): {replies}");
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:F1} s");

        foreach (var client in clients)
        {
            client.Dispose();
        }

        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }

    private static async Task<string> MeasureAsync(StreamClient[] clients, string marker, int parallelism, Func<int, CancellationToken, ValueTask> send)
    {
        var arrivals = clients.Select(c => c.Expect(marker)).ToArray();
        var sentAt = new long[clients.Length];
        var elapsed = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, clients.Length), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = deadline.Token }, async (i, ct) =>
            {
                sentAt[i] = Stopwatch.GetTimestamp();
                await send(i, ct);
            });
        }
        catch (OperationCanceledException)
        {
            // Bounded: what was sent within the deadline is measured.
        }

        var sent = sentAt.Count(t => t != 0);
        await Task.WhenAny(Task.WhenAll(arrivals.Where((_, i) => sentAt[i] != 0)), Task.Delay(TimeSpan.FromSeconds(5)));
        elapsed.Stop();
        var latencies = arrivals.Select((a, i) => (a, i)).Where(x => sentAt[x.i] != 0 && x.a.IsCompletedSuccessfully)
            .Select(x => Stopwatch.GetElapsedTime(sentAt[x.i], x.a.Result).TotalMilliseconds).Order().ToList();
        return $"{sent} sent ({sent / elapsed.Elapsed.TotalSeconds:F0}/s), {latencies.Count} delivered; p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies.LastOrDefault():F1} ms";
    }

    private static async Task<(ChatflowsUser Agent, List<ConversationRecord> Conversations)> SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        Assert(await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser("agent@bench.test", "Bench Agent", ["Agent"], "Agent-Passw0rd!", 50)));
        var agent = (await scope.ServiceProvider.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync("agent@bench.test"))!;
        var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
        var now = DateTime.UtcNow;
        var conversations = Enumerable.Range(0, count).Select(_ => new ConversationRecord
        {
            Id = Base64Url(16), ChatflowId = "bench", VisitorId = Base64Url(16), Status = "handedOff", AssignedUserId = agent.Id,
            StartedUtc = now, LastActivityUtc = now,
        }).ToList();
        db.Conversations.AddRange(conversations);
        await db.SaveChangesAsync();
        return (agent, conversations);
    }

    private static void Assert(IReadOnlyList<Core.Validation.FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(errors[0].Message);
        }
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Base64Url(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>One visitor's EventSource, reduced to a socket: it only watches for the status event and the reply.</summary>
    private sealed class StreamClient : IDisposable
    {
        private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile string? _marker;
        private TaskCompletionSource<long> _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Subscribed => _subscribed.Task;

        /// <summary>Completes with the timestamp at which a message containing <paramref name="marker"/> was read.</summary>
        public Task<long> Expect(string marker)
        {
            _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _marker = marker;
            return _arrived.Task;
        }

        public static async Task<StreamClient> OpenAsync(int port, string conversationId, string visitorToken, CancellationToken cancellationToken)
        {
            var client = new StreamClient();
            await client._socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
            var request = $"GET /chatflows/api/conversations/{conversationId}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nX-Chatflows-Visitor: {visitorToken}\r\n\r\n";
            await client._socket.SendAsync(Encoding.ASCII.GetBytes(request), cancellationToken);
            _ = client.ReadAsync();
            return client;
        }

        private async Task ReadAsync()
        {
            var buffer = new byte[1024];
            var seen = new StringBuilder();
            try
            {
                while (true)
                {
                    var read = await _socket.ReceiveAsync(buffer);
                    if (read == 0)
                    {
                        break;
                    }

                    seen.Append(Encoding.UTF8.GetString(buffer, 0, read));
                    var text = seen.ToString();
                    if (text.Contains("event: status", StringComparison.Ordinal))
                    {
                        _subscribed.TrySetResult();
                    }

                    if (_marker is { } marker && text.Contains(marker, StringComparison.Ordinal))
                    {
                        _arrived.TrySetResult(Stopwatch.GetTimestamp());
                        _marker = null;
                        seen.Clear();
                    }
                    else if (seen.Length > 4096)
                    {
                        seen.Clear();
                    }
                }
            }
            catch (SocketException)
            {
            }
            catch (ObjectDisposedException)
            {
            }

            _subscribed.TrySetException(new IOException("The stream closed before it was subscribed."));
        }

        public void Dispose() => _socket.Dispose();
    }
}

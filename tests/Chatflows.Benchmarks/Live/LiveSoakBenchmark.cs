using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Chatflows.Live;
using Chatflows.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chatflows.Benchmarks.Live;

/// <summary>
/// Memory after many streams (issue 18): visitor event streams opened and closed in waves on the real module
/// (Kestrel, SQLite); after each wave the subscriber count must be back at zero and the managed heap near
/// its baseline. Bounded to ~30 s. Run: dotnet run -c Release --project tests/Chatflows.Benchmarks -- live-soak 10 100
/// </summary>
public static class LiveSoakBenchmark
{
    public static async Task RunAsync(int waves, int streamsPerWave)
    {
        var total = Stopwatch.StartNew();
        var file = Path.Combine(Path.GetTempPath(), $"chatflows-soak-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Chatflows:Database:ConnectionString"] = $"Data Source={file}",
            ["Chatflows:Setup:AdminEmail"] = "admin@bench.test",
            ["Chatflows:Setup:AdminPassword"] = "Admin-Passw0rd!",
            ["Chatflows:Limits:RequestsPerMinutePerIp"] = "1000000",
        });
        builder.Services.AddChatflows();
        await using var app = builder.Build();
        app.MapChatflows();
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        var hub = app.Services.GetRequiredService<LocalLiveHub>();
        var conversation = new ConversationRecord
        {
            Id = "soakConversation000000", ChatflowId = "soak", VisitorId = "soakVisitor00000000000", // visitor ids are 22 base64url characters Status = "handedOff", StartedUtc = DateTime.UtcNow, LastActivityUtc = DateTime.UtcNow,
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync();
        }

        await WaveAsync(port, conversation, streamsPerWave, hub); // warm-up: first-use allocations are not a leak
        var baseline = Memory();
        Console.WriteLine($"baseline after a warm-up wave: managed heap {baseline.Heap / 1048576.0:F1} MB, working set {baseline.WorkingSet / 1048576.0:F1} MB");
        for (var wave = 1; wave <= waves && total.Elapsed < TimeSpan.FromSeconds(30); wave++)
        {
            var left = await WaveAsync(port, conversation, streamsPerWave, hub);
            var now = Memory();
            Console.WriteLine($"wave {wave}: {streamsPerWave} streams opened and closed, {left} subscribers left, managed heap {now.Heap / 1048576.0:F1} MB ({(now.Heap - baseline.Heap) / 1024.0:+0;-0} KB), working set {now.WorkingSet / 1048576.0:F1} MB");
        }

        Console.WriteLine($"total {total.Elapsed.TotalSeconds:F1} s");
        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + ".migrating" })
        {
            File.Delete(path);
        }
    }

    /// <summary>Opens the streams, waits until each has its status event, closes them, waits until the server let go; returns subscribers left.</summary>
    private static async Task<int> WaveAsync(int port, ConversationRecord conversation, int count, LocalLiveHub hub)
    {
        var sockets = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => OpenAsync(port, conversation)));
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }

        for (var i = 0; i < 100 && hub.SubscriberCount > 0; i++)
        {
            await Task.Delay(50);
        }

        return hub.SubscriberCount;
    }

    private static async Task<Socket> OpenAsync(int port, ConversationRecord conversation)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        var request = $"GET /chatflows/api/conversations/{conversation.Id}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nX-Chatflows-Visitor: {conversation.VisitorId}\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(request));
        var buffer = new byte[4096];
        var seen = new StringBuilder();
        while (!seen.ToString().Contains("event: status", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(buffer);
            if (read == 0)
            {
                throw new IOException($"The stream closed before its status event: {seen}");
            }

            seen.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return socket;
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}

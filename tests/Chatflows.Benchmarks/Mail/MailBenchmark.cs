using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Chatflows.Benchmarks.Mail;

/// <summary>
/// Two short measurements of the outbox on one node (real module, SQLite, an in-process SMTP server that
/// accepts everything): mails per second from rows to "250 OK" (claim, compose from the templates, send
/// over a fresh SMTP connection, mark sent), and what writing the outbox row adds to the visitor turn that
/// causes it. Bounded to well under a minute.
/// Run: dotnet run -c Release --project tests/Chatflows.Benchmarks -- mail 300
/// </summary>
public static class MailBenchmark
{
    public static async Task RunAsync(int count)
    {
        var received = 0;
        var port = FreePort();
        using var stopSmtp = new CancellationTokenSource();
        var smtpServices = new SmtpServer.ComponentModel.ServiceProvider();
        smtpServices.Add(new CountingStore(() => Interlocked.Increment(ref received)));
        var smtp = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(), smtpServices).StartAsync(stopSmtp.Token);

        var file = Path.Combine(Path.GetTempPath(), $"chatflows-mail-bench-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Chatflows:Database:Provider"] = "Sqlite",
            ["Chatflows:Database:ConnectionString"] = $"Data Source={file}",
            ["Chatflows:Setup:AdminEmail"] = "admin@bench.test",
            ["Chatflows:Setup:AdminPassword"] = "Admin-Passw0rd!",
            ["Chatflows:Mail:Transport"] = "Smtp",
            ["Chatflows:Mail:Smtp:Host"] = "127.0.0.1",
            ["Chatflows:Mail:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Chatflows:Mail:Smtp:Security"] = "None",
            ["Chatflows:Mail:MaxPerRecipientPerHour"] = "10000",
            ["Chatflows:Mail:SendEnabled"] = "false", // the benchmark drives the worker's rounds itself
        });
        builder.Services.AddChatflows();
        await using var app = builder.Build();
        app.MapChatflows();
        await app.StartAsync();

        // 1. Throughput: rows written in one transaction, then worker rounds until the outbox is empty.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            for (var i = 0; i < count; i++)
            {
                outbox.Add(db, new MailDraft(MailKinds.Test, $"bench-{i}@example.com", null, "en", new JsonObject { ["sentAt"] = "now" }));
            }

            await db.SaveChangesAsync();
        }

        var worker = app.Services.GetRequiredService<MailOutboxWorker>();
        var sending = Stopwatch.StartNew();
        while (await worker.SendDueAsync(CancellationToken.None) > 0)
        {
        }

        sending.Stop();
        Console.WriteLine($"outbox → SMTP: {received} of {count} mails in {sending.Elapsed.TotalSeconds:F2} s = {received / sending.Elapsed.TotalSeconds:F0} mails/s");

        // 2. The turn that causes a mail: the same flow and answer, once with the answer kept as the e-mail
        // (the ticket's mail goes in the outbox) and once as another property (no mail).
        // Same answer format (free text) for both, so the only difference is the property the answer is kept as.
        await PublishAsync(app.Services, "with-mail", "email", AnswerFormat.Text);
        await PublishAsync(app.Services, "without-mail", "company", AnswerFormat.Text);
        var turns = Math.Max(50, count / 2);
        var with = TimeSpan.Zero;
        var without = TimeSpan.Zero;
        for (var round = 0; round < 2 * turns; round++)
        {
            var mailed = round % 2 == 0;
            var elapsed = await TurnAsync(app.Services, mailed ? "with-mail" : "without-mail", round);
            if (round >= 20)
            {
                if (mailed)
                {
                    with += elapsed;
                }
                else
                {
                    without += elapsed;
                }
            }
        }

        var measured = turns - 10;
        Console.WriteLine($"answer turn that files a ticket: with its outbox row {with.TotalMilliseconds / measured:F3} ms, without {without.TotalMilliseconds / measured:F3} ms, ratio {with / without:F3} ({measured} turns each, alternating)");
        await app.StopAsync();
        await stopSmtp.CancelAsync();
        File.Delete(file);
    }

    private static async Task<TimeSpan> TurnAsync(IServiceProvider services, string chatflowId, int round)
    {
        await using var scope = services.CreateAsyncScope();
        var conversations = scope.ServiceProvider.GetRequiredService<ConversationService>();
        var visitorId = $"bench-visitor-{round}";
        var started = await conversations.StartAsync(new StartConversation(chatflowId, visitorId), CancellationToken.None);
        var watch = Stopwatch.StartNew();
        await conversations.PostAsync(started!.Conversation.Id, visitorId, "answer", $"ada-{round}@example.com", CancellationToken.None);
        return watch.Elapsed;
    }

    private static async Task PublishAsync(IServiceProvider services, string id, string property, AnswerFormat format)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ChatflowStore>();
        var flow = new Chatflow
        {
            Id = id, Name = id, Language = "en", WelcomeMessage = "Hi!", Options = new FlowOptions { TypingDelayMs = 0 },
            Actions =
            [
                new FlowAction { Id = "ask", Type = "askQuestion", Next = "ticket", Settings = Settings(new AskQuestionSettings { Text = "Your e-mail?", Format = format, ContactProperty = property }) },
                new FlowAction { Id = "ticket", Type = "createTicket", Next = "end", Settings = Settings(new { subject = "Bench", description = "" }) },
                new FlowAction { Id = "end", Type = "endConversation", Settings = Settings(new { message = "Bye" }) },
            ],
        };
        await store.CreateOrReplaceAsync(flow, CancellationToken.None);
        await store.PublishAsync(id, CancellationToken.None);
        await store.SetEnabledAsync(id, true, CancellationToken.None);
    }

    private static JsonObject Settings(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, FlowJson.Options)!.AsObject();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CountingStore(Action received) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            received();
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}

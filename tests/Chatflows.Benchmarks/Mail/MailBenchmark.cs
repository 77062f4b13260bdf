using System.Buffers;
using System.Diagnostics;
using System.Globalization;
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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Chatflows.Benchmarks.Mail;

/// <summary>
/// Two short measurements of the outbox on one node (real module, SQLite, an in-process SMTP server that
/// accepts everything): mails per second from rows to "250 OK" (claim, compose from the templates, send,
/// mark sent) over a connection per mail and over a kept connection, and what writing the outbox row adds to the
/// visitor turn that causes it. Alternating rounds and medians, so a loaded machine's bursts count less. Bounded to
/// well under a minute on a loaded machine.
/// Run: dotnet run -c Release --project tests/Chatflows.Benchmarks -- mail 60 (mails per throughput round)
/// </summary>
public static class MailBenchmark
{
    private const int ThroughputRounds = 3;
    private const int TurnRounds = 7;
    private const int TurnsPerRound = 12;

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

        // 1. Throughput, a connection per mail (KeepAlive 0, as before connections were kept) and a kept connection,
        // in alternating rounds so both see the same load; the median round of each counts.
        List<double> perMail = [];
        List<double> kept = [];
        for (var round = 0; round < 2 * ThroughputRounds; round++)
        {
            var keep = round % 2 == 1;
            SetKeepAlive(app, keep ? TimeSpan.FromSeconds(15) : TimeSpan.Zero);
            var rate = await ThroughputAsync(app.Services, count, () => Volatile.Read(ref received));
            (keep ? kept : perMail).Add(rate);
        }

        Console.WriteLine($"outbox → SMTP, {count} mails a round, median of {ThroughputRounds} rounds each: a connection per mail {Median(perMail):F0} mails/s "
            + $"[{string.Join(", ", perMail.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))}], kept connection {Median(kept):F0} mails/s "
            + $"[{string.Join(", ", kept.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))}], ratio {Median(kept) / Median(perMail):F2}");

        // 2. The turn that causes a mail: one flow (the answer kept as the contact's e-mail, then a ticket), run with the
        // ticket-created notification on (its outbox row is written) and off (no row): the same contact write, the same
        // ticket, the same switch read, and only the row differs. Rounds of alternating turns in ABBA order (neither
        // kind always goes first); each round's ratio of medians, and the median of those.
        await PublishAsync(app.Services, "ticket-mail", "email", AnswerFormat.Text);
        var turn = 0;
        var mailOn = true;
        for (var warm = 0; warm < 10; warm++)
        {
            mailOn = await SwitchAsync(app.Services, mailOn, warm % 2 == 0);
            await TurnAsync(app.Services, "ticket-mail", turn++);
        }

        List<double> ratios = [];
        List<double> withAll = [];
        List<double> withoutAll = [];
        var rows = 0;
        for (var round = 0; round < TurnRounds; round++)
        {
            List<double> with = [];
            List<double> without = [];
            for (var i = 0; i < TurnsPerRound; i++)
            {
                var mailedFirst = i % 2 == 0;
                foreach (var mailed in mailedFirst ? new[] { true, false } : new[] { false, true })
                {
                    mailOn = await SwitchAsync(app.Services, mailOn, mailed);
                    var before = await OutboxCountAsync(app.Services);
                    var elapsed = (await TurnAsync(app.Services, "ticket-mail", turn++)).TotalMilliseconds;
                    if ((await OutboxCountAsync(app.Services) - before == 1) != mailed)
                    {
                        throw new InvalidOperationException($"A turn with the notification {(mailed ? "on" : "off")} wrote {(mailed ? "no" : "an")} outbox row.");
                    }

                    rows += mailed ? 1 : 0;
                    (mailed ? with : without).Add(elapsed);
                }
            }

            ratios.Add(Median(with) / Median(without));
            withAll.AddRange(with);
            withoutAll.AddRange(without);
        }

        Console.WriteLine($"answer turn that files a ticket: with its outbox row {Median(withAll):F3} ms, without {Median(withoutAll):F3} ms (medians of {withAll.Count} turns each, {rows} rows); "
            + $"median of {TurnRounds} round ratios {Median(ratios):F3} [{string.Join(", ", ratios.Order().Select(r => r.ToString("F3", CultureInfo.InvariantCulture)))}]");
        await app.StopAsync();
        await stopSmtp.CancelAsync();
        File.Delete(file);
    }

    private static async Task<double> ThroughputAsync(IServiceProvider services, int count, Func<int> received)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            for (var i = 0; i < count; i++)
            {
                outbox.Add(db, new MailDraft(MailKinds.Test, $"bench-{i}@example.com", null, "en", new JsonObject { ["sentAt"] = "now" }));
            }

            await db.SaveChangesAsync();
        }

        var worker = services.GetRequiredService<MailOutboxWorker>();
        var before = received();
        var sending = Stopwatch.StartNew();
        while (await worker.SendDueAsync(CancellationToken.None) > 0)
        {
        }

        sending.Stop();
        if (received() - before != count)
        {
            throw new InvalidOperationException($"The SMTP server got {received() - before} of {count} mails.");
        }

        return count / sending.Elapsed.TotalSeconds;
    }

    // The ticket-created notification, switched as the mail page does; returns the new state. Only a change is saved.
    private static async Task<bool> SwitchAsync(IServiceProvider services, bool current, bool on)
    {
        if (current == on)
        {
            return on;
        }

        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<MailSettingsStore>();
        var settings = await store.GetAsync(CancellationToken.None);
        await store.SaveAsync(settings with
        {
            Disabled = on ? [.. settings.Disabled.Where(d => d != MailNotifications.TicketCreated)] : [.. settings.Disabled, MailNotifications.TicketCreated],
        }, CancellationToken.None);
        return on;
    }

    private static async Task<int> OutboxCountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>().MailOutbox.CountAsync(m => m.Kind == MailKinds.TicketCreated);
    }

    // The transport reads its options per mail, so a reload switches it between rounds.
    private static void SetKeepAlive(WebApplication app, TimeSpan keepAlive)
    {
        app.Configuration["Chatflows:Mail:Smtp:KeepAlive"] = keepAlive.ToString("c", CultureInfo.InvariantCulture);
        ((IConfigurationRoot)app.Configuration).Reload();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
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

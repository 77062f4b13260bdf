using System.Net;
using Chatflows.Privacy;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Contacts;

public sealed class RetentionTests
{
    [Fact]
    public async Task Nothing_is_erased_while_the_site_keeps_everything_which_is_the_default()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PersonScenario.PrepareAsync(host);
        var zelda = await PersonScenario.WriteAsync(host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");

        var report = await SweepAsync(host, DateTime.UtcNow.AddYears(20));

        Assert.Equal(new RetentionReport(0, 0, 0), report);
        Assert.NotEmpty(await DatabaseScan.FindAsync(host, zelda.Sentence));
    }

    [Fact]
    public async Task Periods_set_on_the_retention_page_erase_closed_conversations_old_consents_and_unused_visitor_ids_only()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PersonScenario.PrepareAsync(host);
        var zelda = await PersonScenario.WriteAsync(host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        var refused = await SaveRetentionAsync(admin, new() { ["ConversationsDays"] = "0" });
        var saved = await SaveRetentionAsync(admin, new() { ["ConversationsDays"] = "30", ["ConsentsDays"] = "365", ["UnusedVisitorIdsDays"] = "90" });
        var channelPage = await admin.Http.GetStringAsync("/admin/channel");

        var finished = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations
            .CountAsync(c => c.Status == ConversationStatuses.Ended || c.Status == ConversationStatuses.Closed));
        var early = await SweepAsync(host, DateTime.UtcNow.AddDays(29));
        var late = await SweepAsync(host, DateTime.UtcNow.AddDays(31));
        var conversations = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.AsNoTracking().Select(c => c.Id).ToListAsync());
        var consentsLater = await SweepAsync(host, DateTime.UtcNow.AddDays(366));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Use 1 to 3650 days", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("erased after 30 days", channelPage, StringComparison.Ordinal);
        Assert.Equal(new RetentionReport(0, 0, 0), early);
        Assert.InRange(finished, 1, 2); // the intake ended (and the Concierge may have ended after booking); the hand-off is open
        Assert.Equal(finished, late.Conversations);
        Assert.DoesNotContain(zelda.IntakeConversation, conversations);
        Assert.Contains(zelda.HandOffConversation, conversations);
        Assert.Empty(await DatabaseScan.FindAsync(host, zelda.Sentence));
        Assert.Equal(1, consentsLater.Consents);
        Assert.True(consentsLater.VisitorIdsForgotten >= 1);
        Assert.NotEmpty(await DatabaseScan.FindAsync(host, zelda.Email)); // the contact itself stays: retention forgets the visitor id, not the person
    }

    [Fact]
    public async Task Two_nodes_sweeping_at_once_erase_each_conversation_once_and_neither_fails()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var nodeA = new ChatflowsFactory(database, ownsDatabase: false);
        _ = nodeA.Services;
        await using var nodeB = new ChatflowsFactory(database, ownsDatabase: false);
        _ = nodeB.Services;
        await FlowBuilding.PublishAsync(nodeA, TicketScenarios.TicketFlow());
        for (var i = 0; i < 12; i++)
        {
            await TicketScenarios.ConverseAsync(i % 2 == 0 ? nodeA : nodeB, "ticketing");
        }

        var admin = await TicketScenarios.SignInAsAdministratorAsync(nodeA);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveRetentionAsync(admin, new() { ["ConversationsDays"] = "1" })).StatusCode);

        var later = DateTime.UtcNow.AddDays(2);
        var reports = await Task.WhenAll(SweepAsync(nodeA, later), SweepAsync(nodeB, later), SweepAsync(nodeA, later));
        var (left, tickets) = await nodeB.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.Conversations.CountAsync(c => c.ChatflowId == "ticketing"), await db.Tickets.CountAsync());
        });

        Assert.Equal(12, reports.Sum(r => r.Conversations));
        Assert.Equal(0, left);
        Assert.Equal(12, tickets);
    }

    /// <summary>Posts the retention form as a browser would, with the settings version the page carried.</summary>
    private static async Task<HttpResponseMessage> SaveRetentionAsync(AdminClient admin, Dictionary<string, string> fields)
    {
        var page = await admin.Http.GetStringAsync("/admin/contacts/retention");
        fields["Version"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        return await admin.PostFormAsync("/admin/contacts/retention", fields);
    }

    private static Task<RetentionReport> SweepAsync(ChatflowsFactory host, DateTime now) =>
        host.InScopeAsync(s => s.GetRequiredService<RetentionSweep>().RunAsync(now, CancellationToken.None));
}

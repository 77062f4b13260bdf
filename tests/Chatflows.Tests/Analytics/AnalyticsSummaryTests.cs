using System.Net;
using Chatflows.Analytics;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Analytics;

public sealed class AnalyticsSummaryTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Summary_kept_by_the_turns_equals_the_counts_from_the_raw_events_and_leaves_out_previews(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await AnalyticsScript.PlayAsync(host); // includes two preview conversations that reach every action
        await FlowBuilding.PublishAsync(host, TicketScenarios.SurveyFlow());
        var (visitor, rated) = await TicketScenarios.ConverseAsync(host, "rated");
        Assert.Equal(HttpStatusCode.Created, (await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{rated}/survey", new { rating = 4 })).StatusCode);

        // Twelve visitors at once (through the service: the HTTP API would rate-limit one test client):
        // starts in transactions of their own, answers committed in shared batches by the turn batcher.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => host.InScopeAsync(async s =>
        {
            var conversations = s.GetRequiredService<ConversationService>();
            var visitorId = $"crowd-{i}";
            var started = await conversations.StartAsync(new StartConversation(AnalyticsScript.FlowId, visitorId), CancellationToken.None);
            var id = started!.Conversation.Id;
            Assert.NotNull(await conversations.PostAsync(id, visitorId, "m1", $"v{i}@example.com", CancellationToken.None));
            if (i % 3 == 0)
            {
                Assert.NotNull(await conversations.PostAsync(id, visitorId, "m2", "ticket", CancellationToken.None));
            }
        })));

        var (kept, recounted, previews) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var kept = await ReadAsync(db);

            // The migration's backfill counts the same things straight from the events.
            await db.AnalyticsSummary.ExecuteDeleteAsync();
            foreach (var statement in AnalyticsSummaryBackfill.Statements(provider == DatabaseProvider.Postgres, provider == DatabaseProvider.Sqlite ? SqliteTables.Prefix : ""))
            {
                await db.Database.ExecuteSqlRawAsync(statement);
            }

            return (kept, await ReadAsync(db), await db.Conversations.CountAsync(c => c.IsPreview));
        });

        Assert.Equal(2, previews);
        Assert.Equal(recounted, kept);
        long Sum(string kind, string chatflow, string action = "") =>
            kept.Where(r => r.Kind == kind && r.ChatflowId == chatflow && r.ActionId == action).Sum(r => r.Count);
        Assert.Equal(17, Sum("started", AnalyticsScript.FlowId));
        Assert.Equal(6, Sum("completed", AnalyticsScript.FlowId));
        Assert.Equal(5, Sum("ticketCreated", AnalyticsScript.FlowId));
        Assert.Equal(15, Sum(AnalyticsTally.ContactCreated, AnalyticsScript.FlowId));
        Assert.Equal((17L, 2L), (Sum(FlowEventKinds.ActionReached, AnalyticsScript.FlowId, "ask-email"), Sum(AnalyticsTally.ActionLeft, AnalyticsScript.FlowId, "ask-email")));
        Assert.Equal((15L, 9L), (Sum(FlowEventKinds.ActionReached, AnalyticsScript.FlowId, "ask-topic"), Sum(AnalyticsTally.ActionLeft, AnalyticsScript.FlowId, "ask-topic")));
        Assert.Equal((1L, 4L), (Sum("surveyRated", "rated"), kept.Where(r => r.Kind == "surveyRated").Sum(r => r.Total)));
    }

    /// <summary>The counters that are not zero (a conversation that moved on leaves a zero "left" behind), in key order.</summary>
    private static async Task<List<(string ChatflowId, string Kind, long QuarterHour, string ActionId, string Language, long Count, long Total)>> ReadAsync(ChatflowsDbContext db) =>
        [.. (await db.AnalyticsSummary.AsNoTracking().Where(r => r.Count != 0 || r.Total != 0).ToListAsync())
            .Select(r => (r.ChatflowId, r.Kind, r.QuarterHour, r.ActionId, r.Language, r.Count, r.Total))
            .OrderBy(r => r.ChatflowId, StringComparer.Ordinal).ThenBy(r => r.Kind, StringComparer.Ordinal)
            .ThenBy(r => r.QuarterHour).ThenBy(r => r.ActionId, StringComparer.Ordinal).ThenBy(r => r.Language, StringComparer.Ordinal)];
}

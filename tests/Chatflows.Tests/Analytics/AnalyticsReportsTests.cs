using Chatflows.Analytics;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Chatflows.Tests.Analytics;

public sealed class AnalyticsReportsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Numbers_match_the_scripted_conversations_and_leave_out_previews(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await AnalyticsScript.PlayAsync(host);

        var (one, all) = await host.InScopeAsync(async s =>
        {
            var query = (await s.GetRequiredService<AnalyticsRequestReader>().ReadAsync(AnalyticsScript.FlowId, null, null, CancellationToken.None)).Query!;
            var reports = s.GetRequiredService<AnalyticsReports>();
            return (await reports.GetAsync(query, CancellationToken.None), await reports.GetAsync(query with { ChatflowId = null }, CancellationToken.None));
        });

        Assert.Equal(new AnalyticsCounts(Started: 5, Completed: 2, HandedOff: 0, TicketsCreated: 1, MeetingsBooked: 0, ContactsCreated: 3), one.Totals);
        Assert.Equal(30, one.Days.Count);
        Assert.Equal(one.Totals, one.Days[^1].Counts);
        Assert.Null(one.Totals.SurveyAverage);
        Assert.Equal(6, all.Totals.Started);
        Assert.Equal(1, all.Totals.TicketsCreated);
        await host.InScopeAsync(async s =>
        {
            // The same numbers, counted from the conversations themselves.
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var real = db.Conversations.Where(c => c.ChatflowId == AnalyticsScript.FlowId && !c.IsPreview);
            Assert.Equal(one.Totals.Started, await real.CountAsync());
            Assert.Equal(one.Totals.Completed, await real.CountAsync(c => c.Status == "ended"));
            Assert.Equal(one.Totals.ContactsCreated, await real.CountAsync(c => c.ContactId != null));
            Assert.Equal(2, await db.Conversations.CountAsync(c => c.IsPreview && c.Status == "ended" && c.ContactId != null));
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Drop_off_lists_each_action_in_flow_order_with_who_reached_it_and_who_left_there(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await AnalyticsScript.PlayAsync(host);

        var rows = await host.InScopeAsync(async s =>
        {
            var query = (await s.GetRequiredService<AnalyticsRequestReader>().ReadAsync(AnalyticsScript.FlowId, null, null, CancellationToken.None)).Query!;
            return await s.GetRequiredService<DropOffAnalytics>().GetAsync(AnalyticsScript.FlowId, query.Start, query.End, CancellationToken.None);
        });

        Assert.Equal(
            [("ask-email", "askQuestion", "Your e-mail?", 5L, 2L), ("ask-topic", "askQuestion", "=HYPERLINK(\"http://evil\",\"Ticket, or bye?\")", 3, 1),
             ("bye", "sendMessage", "Bye!", 1, 0), ("ticket", "createTicket", "Chat", 1, 0)],
            rows!.Select(r => (r.ActionId, r.Type, r.Label, r.Reached, r.Left)));
    }

    [Fact]
    public async Task Drop_off_keeps_actions_since_removed_and_is_null_for_an_unknown_chatflow()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await AnalyticsScript.PlayAsync(host);
        await FlowBuilding.PublishAsync(host, AnalyticsScript.Flow with
        {
            Actions = [.. AnalyticsScript.Flow.Actions.Where(a => a.Id != "bye").Select(a => a.Id == "ask-topic" ? a with { Next = null } : a)],
        });

        var (rows, unknown) = await host.InScopeAsync(async s =>
        {
            var dropOff = s.GetRequiredService<DropOffAnalytics>();
            var end = SystemClock.Instance.GetCurrentInstant() + Duration.FromMinutes(1);
            return (await dropOff.GetAsync(AnalyticsScript.FlowId, end - Duration.FromDays(1), end, CancellationToken.None),
                await dropOff.GetAsync("nope", end - Duration.FromDays(1), end, CancellationToken.None));
        });

        Assert.Equal(["ask-email", "ask-topic", "ticket", "bye"], rows!.Select(r => r.ActionId));
        Assert.True(rows![^1].Removed);
        Assert.Equal(1, rows[^1].Reached);
        Assert.Null(unknown);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Survey_average_and_hand_offs_come_from_their_events(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var now = DateTime.UtcNow;
        await host.InScopeAsync(async s =>
        {
            // As the survey and the hand-off write them, in the turn's transaction.
            await RecordAsync(s.GetRequiredService<ChatflowsDbContext>(),
                Event("surveyRated", "5", now), Event("surveyRated", "4", now), Event("surveyRated", "1", now),
                Event("surveyRated", "not a number", now), Event("handedOff", null, now), Event("meetingBooked", "M-1", now),
                Event("surveyRated", "5", now, chatflow: "other"));
        });

        var totals = await host.InScopeAsync(async s =>
        {
            var query = (await s.GetRequiredService<AnalyticsRequestReader>().ReadAsync("concierge", null, null, CancellationToken.None)).Query!;
            return (await s.GetRequiredService<AnalyticsReports>().GetAsync(query, CancellationToken.None)).Totals;
        });

        Assert.Equal((3L, 10L, 1L, 1L), (totals.SurveyResponses, totals.SurveyRatingSum, totals.HandedOff, totals.MeetingsBooked));
        Assert.Equal(10 / 3.0, totals.SurveyAverage!.Value, 6);
    }

    /// <summary>Stores events the way the turn writer does: the events and their summary counters in one transaction.</summary>
    internal static async Task RecordAsync(ChatflowsDbContext db, params FlowEventRecord[] events)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var tally = new AnalyticsTally();
        await tally.LoadAsync(db, events.Select(e => e.ConversationId), CancellationToken.None);
        foreach (var e in events)
        {
            tally.Add(e, "en");
        }

        db.FlowEvents.AddRange(events);
        await db.SaveChangesAsync();
        await tally.SaveAsync(db, CancellationToken.None);
        await transaction.CommitAsync();
    }

    internal static FlowEventRecord Event(string kind, string? detail, DateTime at, string chatflow = "concierge") => new()
    {
        ChatflowId = chatflow, ConversationId = Guid.NewGuid().ToString("N"), Kind = kind, Detail = detail, OccurredUtc = at,
    };
}

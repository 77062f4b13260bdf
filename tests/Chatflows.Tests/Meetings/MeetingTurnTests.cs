using System.Net;
using System.Text.Json;
using Chatflows.Core.Text;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Meetings;

/// <summary>
/// A booking is a side effect of the visitor's turn (issue 19, issue 24 item 3): the engine finds the time free before
/// the write, and the writer claims it in the turn's transaction. Of visitors racing for one time through the widget's
/// API exactly one is booked; every other one hears that the time was taken and is offered the next ones.
/// </summary>
public sealed class MeetingTurnTests
{
    private const int Visitors = 6;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Visitors_racing_for_one_time_get_one_meeting_and_the_others_hear_it_was_taken(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        List<(VisitorClient Visitor, string ConversationId, string SlotId)> asked = [];
        for (var i = 0; i < Visitors; i++)
        {
            asked.Add(await PickFirstSlotAsync(host));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answers = asked.Select((a, i) => Task.Run(async () =>
        {
            await start.Task;
            return await a.Visitor.SayAsync(a.ConversationId, $"visitor{i}@example.com");
        })).ToList();
        start.SetResult();
        var bodies = await Task.WhenAll(answers);

        Assert.All(bodies, b => Assert.Equal(HttpStatusCode.OK, b.Response.StatusCode));
        Assert.Single(asked.Select(a => a.SlotId).Distinct());
        var confirmed = bodies.Select(b => Bot(b.Body).Any(m => m.GetProperty("payload") is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("reference", out _))).ToList();
        var booked = Assert.Single(Enumerable.Range(0, Visitors), i => confirmed[i]);
        var taken = Enumerable.Range(0, Visitors).Where(i => i != booked).Select(i => Bot(bodies[i].Body).Last()).ToList();
        Assert.Equal(Visitors - 1, taken.Count);
        Assert.All(taken, m =>
        {
            Assert.Equal("meetingSlots", m.GetProperty("kind").GetString());
            Assert.Equal(BuiltInTexts.For("en").SlotTaken, m.GetProperty("text").GetString());
            Assert.DoesNotContain(asked[0].SlotId, m.GetProperty("payload").GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        });
        var meetings = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Meetings.AsNoTracking().ToListAsync());
        var meeting = Assert.Single(meetings);
        Assert.Equal(asked[booked].ConversationId, meeting.ConversationId);
    }

    private static async Task<(VisitorClient Visitor, string ConversationId, string SlotId)> PickFirstSlotAsync(ChatflowsFactory host)
    {
        var visitor = VisitorClient.For(host);
        var (_, started) = await visitor.StartAsync();
        var conversationId = started.GetProperty("conversationId").GetString()!;
        var (_, offer) = await visitor.SayAsync(conversationId, "meeting");
        var slotId = Bot(offer).Last().GetProperty("payload").GetProperty("slots")[0].GetProperty("id").GetString()!;
        var (_, askEmail) = await visitor.SayAsync(conversationId, slotId);
        Assert.Equal("email", Bot(askEmail).Last().GetProperty("payload").GetProperty("inputHint").GetString());
        return (visitor, conversationId, slotId);
    }

    private static List<JsonElement> Bot(JsonElement body) =>
        [.. body.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("author").GetString() == "bot")];
}

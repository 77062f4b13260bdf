using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Live;

namespace Chatflows.Tests.Visitors;

/// <summary>
/// Internal notes and system records, written the way agents write them (through the inbox), never reach
/// any visitor-facing read: the turn's answer, catch-up, the live stream, or the transcript.
/// </summary>
public sealed class InternalNoteVisibilityTests
{
    private const string Secret = "SECRET-NOTE-4711";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_note_written_in_the_inbox_stays_out_of_every_visitor_read(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await InboxAgents.CreateAsync(host, "noa@chatflows.test", "Noa", available: false);
        var agent = await InboxAgents.SignInAsync(host, "noa@chatflows.test");
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        await using var stream = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events?after=0",
            headers: VisitorEventsTests.VisitorHeader(visitor));

        await InboxAgents.PostAsync(agent, id, "TakeOver");
        await InboxAgents.PostAsync(agent, id, "Note", new() { ["Note"] = Secret });
        await InboxAgents.PostAsync(agent, id, "Reply", new() { ["Text"] = "Hello, Noa here" });
        var (_, turn) = await visitor.SayAsync(id, "Thanks!");
        await InboxAgents.PostAsync(agent, id, "Close");
        var streamed = await stream.UntilAsync("status", data => data.Contains("closed", StringComparison.Ordinal));
        var catchUp = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages"));
        var transcript = await (await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/transcript")).Content.ReadAsStringAsync();

        Assert.Contains(Secret, string.Join('|', (await InboxAgents.MessagesAsync(host, id)).Select(m => m.Text)), StringComparison.Ordinal);
        Assert.Contains("Hello, Noa here", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("took over", transcript, StringComparison.Ordinal);
        Assert.Contains("Hello, Noa here", VisitorClient.Texts(catchUp));
        Assert.DoesNotContain(Secret, JsonSerializer.Serialize(catchUp), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, JsonSerializer.Serialize(turn), StringComparison.Ordinal);
        Assert.Contains(streamed, e => e.Data.Contains("Hello, Noa here", StringComparison.Ordinal));
        Assert.DoesNotContain(streamed, e => e.Data.Contains(Secret, StringComparison.Ordinal) || e.Data.Contains("took over", StringComparison.Ordinal));
    }
}

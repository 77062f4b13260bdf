using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Storage;
using Chatflows.Tests.Live;

namespace Chatflows.Tests.Visitors;

/// <summary>Limits a visitor cannot sidestep by making up a new visitor id, and that do not hit the wrong people.</summary>
public sealed class VisitorLimitsTests
{
    [Fact]
    public async Task Rotating_visitor_ids_from_one_address_hits_the_per_address_start_limit()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Limits:StartsPerMinutePerIp"] = "3",
        });

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var (response, _) = await VisitorClient.For(host).StartAsync(); // a fresh, made-up visitor each time
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Consents_from_one_address_are_limited()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Limits:ConsentsPerMinutePerIp"] = "2",
        });

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await VisitorClient.For(host).SendAsync(HttpMethod.Post, "/chatflows/api/consents", new { kind = "cookies", chatflowId = "concierge", version = "x", granted = true });
            answers.Add(response.StatusCode);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, answers[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2]);
    }

    [Fact]
    public async Task Typing_is_limited_per_visitor()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Limits:TypingPerMinutePerVisitor"] = "3",
        });
        var visitor = VisitorClient.For(host);
        var id = (await visitor.StartAsync()).Body.GetProperty("conversationId").GetString()!;

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/typing", new { typing = true })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task A_burst_of_typing_reaches_the_agents_as_one_event()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.CreateAsync(host, "tia@chatflows.test", "Tia");
        var agent = await InboxAgents.SignInAsync(host, "tia@chatflows.test");
        var visitor = VisitorClient.For(host);
        var id = (await visitor.StartAsync()).Body.GetProperty("conversationId").GetString()!;
        await using var inbox = await SseReader.OpenAsync(agent.Http, "/admin/inbox/events");
        await inbox.NextAsync("ready");

        var burst = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/typing", new { typing = i % 2 == 0 });
        }

        burst.Stop();
        var typing = await inbox.CollectAsync("typing", TimeSpan.FromSeconds(3));

        // One event per 2 seconds of burst at most (the first passes at once); without the gate all 10 arrive.
        Assert.InRange(typing.Count, 1, 1 + (int)(burst.Elapsed.TotalSeconds / 2));
    }

    [Fact]
    public async Task A_visitor_cannot_hold_more_event_streams_than_the_cap()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Limits:StreamsPerVisitor"] = "2",
        });
        var visitor = VisitorClient.For(host);
        var id = (await visitor.StartAsync()).Body.GetProperty("conversationId").GetString()!;
        var header = new Dictionary<string, string> { ["X-Chatflows-Visitor"] = visitor.VisitorId! };

        await using var first = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", headers: header);
        await using var second = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", headers: header);
        await first.NextAsync("status");
        await second.NextAsync("status");
        using var third = await OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", visitor.VisitorId!);

        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task One_address_cannot_hold_more_event_streams_than_the_cap()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Limits:StreamsPerIp"] = "2",
        });
        var streams = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var visitor = VisitorClient.For(host);
                var id = (await visitor.StartAsync()).Body.GetProperty("conversationId").GetString()!;
                streams.Add(await OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", visitor.VisitorId!));
            }

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], streams.Select(s => s.StatusCode));
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task A_stream_ends_after_its_lifetime_and_the_client_resumes_from_its_last_event()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Live:MaxStreamLifetime"] = "00:00:01",
        });
        var visitor = VisitorClient.For(host);
        var id = (await visitor.StartAsync()).Body.GetProperty("conversationId").GetString()!;
        var header = new Dictionary<string, string> { ["X-Chatflows-Visitor"] = visitor.VisitorId! };
        await using var stream = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", headers: header);
        var last = await stream.NextAsync("message");

        // Without a lifetime the stream stays open and this times out instead.
        await Assert.ThrowsAsync<ChannelClosedException>(() => stream.NextAsync("never", TimeSpan.FromSeconds(30)));
        await visitor.SayAsync(id, "hello again");
        await using var resumed = await SseReader.OpenAsync(visitor.Http, $"/chatflows/api/conversations/{id}/events", lastEventId: last.EventId, headers: header);
        var next = await resumed.NextAsync("message");

        Assert.True(long.Parse(next.EventId!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(last.EventId!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Deactivate")]
    [InlineData("Demote")]
    public async Task An_agent_who_is_deactivated_or_demoted_stops_receiving_the_inbox_stream(string change)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Live:StaffRecheckInterval"] = "00:00:00.200",
        });
        var agentId = await InboxAgents.CreateAsync(host, "ned@chatflows.test", "Ned");
        var agent = await InboxAgents.SignInAsync(host, "ned@chatflows.test");
        var admin = AdminClient.For(host);
        await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        await using var inbox = await SseReader.OpenAsync(agent.Http, "/admin/inbox/events");
        await inbox.NextAsync("ready");

        var edit = $"/admin/users/edit?id={agentId}";
        var response = change == "Deactivate"
            ? await admin.PostFormAsync($"{edit}&handler=Deactivate", new() { ["Id"] = agentId }, formPage: edit)
            : await admin.PostFormAsync($"{edit}&handler=Save", new() { ["Id"] = agentId, ["Input.Email"] = "ned@chatflows.test", ["Input.DisplayName"] = "Ned", ["Input.Roles"] = "Editor", ["Input.ChatCapacity"] = "3" }, formPage: edit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The stream closes by itself; before the re-check it stayed open and this timed out.
        await Assert.ThrowsAsync<ChannelClosedException>(() => inbox.NextAsync("never", TimeSpan.FromSeconds(30)));
    }

    // Only the headers: the stream stays open, holding its place, until the response is disposed.
    private static Task<HttpResponseMessage> OpenAsync(HttpClient http, string path, string visitorId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Chatflows-Visitor", visitorId);
        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}

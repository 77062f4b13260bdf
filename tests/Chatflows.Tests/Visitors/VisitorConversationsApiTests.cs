using System.Net;
using System.Net.Http.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Visitors;

/// <summary>A returning visitor's conversations (issue 16): the open one and the last ten ended, newest first, only their own.</summary>
public sealed class VisitorConversationsApiTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Earlier_conversations_are_the_visitors_last_ten_ended_newest_first_and_the_open_one_apart(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider, settings: new Dictionary<string, string?> { ["Chatflows:Limits:StartsPerMinutePerVisitor"] = "100" });
        var visitor = VisitorClient.For(host);
        List<string> ended = [];
        for (var i = 0; i < 12; i++)
        {
            ended.Add(await EndedConversationAsync(visitor));
        }

        var (_, open) = await visitor.StartAsync();
        var other = VisitorClient.For(host);
        await EndedConversationAsync(other);

        var response = await visitor.SendAsync(HttpMethod.Get, "/chatflows/api/visitor/conversations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await VisitorClient.BodyAsync(response);
        Assert.Equal(open.GetProperty("conversationId").GetString(), body.GetProperty("open").GetProperty("id").GetString());
        var earlier = body.GetProperty("earlier").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Reverse(ended).Take(10), earlier);
        Assert.All(body.GetProperty("earlier").EnumerateArray(), c => Assert.Equal("ended", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_widget_config_names_the_cookie_visitors_open_conversation_and_consent_answers()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = host.CreateClient(new() { HandleCookies = true });
        var started = await client.PostAsJsonAsync("/chatflows/api/conversations", new { chatflowId = "concierge", cookieConsent = true });
        var conversationId = (await VisitorClient.BodyAsync(started)).GetProperty("conversationId").GetString();

        var config = await VisitorClient.BodyAsync(await client.GetAsync("/chatflows/api/widget?url=" + Uri.EscapeDataString("http://localhost/blog")));
        var anonymous = await VisitorClient.BodyAsync(await host.CreateClient().GetAsync("/chatflows/api/widget?url=" + Uri.EscapeDataString("http://localhost/blog")));

        Assert.Equal(conversationId, config.GetProperty("visitor").GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("concierge", config.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, anonymous.GetProperty("visitor").ValueKind);
        Assert.True(config.GetProperty("sessionContinuity").GetBoolean());
    }

    [Fact]
    public async Task A_chatflow_the_tab_carries_on_shows_on_a_page_its_targeting_leaves_out()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = host.CreateClient();
        var privacy = "/chatflows/api/widget?url=" + Uri.EscapeDataString("http://localhost/privacy");

        var plain = await VisitorClient.BodyAsync(await client.GetAsync(privacy));
        var carried = await VisitorClient.BodyAsync(await client.GetAsync(privacy + "&chatflow=concierge"));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, plain.GetProperty("chatflow").ValueKind); // the demo leaves /privacy out
        Assert.Equal("concierge", carried.GetProperty("chatflow").GetProperty("id").GetString());
    }

    // The concierge's own path to an end: ask for a person, leave an e-mail and the question.
    private static async Task<string> EndedConversationAsync(VisitorClient visitor)
    {
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, "person");
        await visitor.SayAsync(id, "noor@example.com");
        var (_, last) = await visitor.SayAsync(id, "How do I export my invoices?");
        Assert.Equal("ended", last.GetProperty("status").GetString());
        return id;
    }
}

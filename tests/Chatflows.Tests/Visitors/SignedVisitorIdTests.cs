using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Visitors;

/// <summary>Visitor ids are issued and signed by the server (issue 17); a made-up one reaches nothing.</summary>
public sealed class SignedVisitorIdTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task The_server_issues_a_signed_visitor_id_that_carries_the_conversation_on()
    {
        var visitor = VisitorClient.For(_host);

        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var (said, _) = await visitor.SayAsync(id, "person");

        Assert.Equal(HttpStatusCode.OK, said.StatusCode);
        Assert.False(VisitorIds.IsWellFormed(visitor.VisitorId)); // not the bare id: a signed token
        var stored = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.Where(c => c.Id == id).Select(c => c.VisitorId).SingleAsync());
        Assert.Equal(stored, _host.Services.GetRequiredService<VisitorIdProtector>().Read(visitor.VisitorId));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")] // the old shape of an id, made up
    [InlineData("CfDJ8-not-a-real-token")]
    public async Task A_made_up_visitor_id_is_refused_with_a_problem(string madeUp)
    {
        var owner = VisitorClient.For(_host);
        var (_, start) = await owner.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var stranger = VisitorClient.For(_host);
        stranger.VisitorId = madeUp;

        var started = await stranger.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge" });
        var read = await stranger.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages");
        var listed = await stranger.SendAsync(HttpMethod.Get, "/chatflows/api/visitor/conversations");

        foreach (var response in new[] { started, read, listed })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(1, await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.CountAsync(c => !c.IsPreview)));
    }

    [Fact]
    public async Task The_open_conversations_cap_holds_for_the_signed_id_and_made_up_ids_cannot_get_round_it()
    {
        var visitor = VisitorClient.For(_host);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await visitor.StartAsync()).Response.StatusCode);
        }

        var sixth = await visitor.StartAsync();
        var rotated = VisitorClient.For(_host);
        rotated.VisitorId = VisitorIds.New();
        var withMadeUpId = await rotated.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge" });

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withMadeUpId.StatusCode);
    }

    [Fact]
    public async Task A_cookie_this_site_did_not_sign_is_ignored_and_cleared()
    {
        var client = _host.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chatflows/api/visitor/conversations");
        request.Headers.Add("Cookie", $"{VisitorIds.CookieName}=made-up-value");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await VisitorClient.BodyAsync(response);
        Assert.Equal(0, body.GetProperty("earlier").GetArrayLength());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{VisitorIds.CookieName}=;", StringComparison.Ordinal));
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

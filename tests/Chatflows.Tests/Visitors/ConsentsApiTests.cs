using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Visitors;

public sealed class ConsentsApiTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_consent_is_stored_for_the_visitor_with_its_version_and_time()
    {
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync();
        visitor.VisitorId = started.GetProperty("visitorId").GetString();
        var before = DateTime.UtcNow.AddSeconds(-5);

        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/consents",
            new { kind = "dataProcessing", chatflowId = "concierge", version = "0123456789ab", granted = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.SingleAsync());
        Assert.Equal(visitor.VisitorId, stored.VisitorId);
        Assert.Equal(("concierge", "dataProcessing", "0123456789ab", true), (stored.ChatflowId, stored.Kind, stored.Version, stored.Granted));
        Assert.InRange(stored.RecordedUtc, before, DateTime.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task A_declined_cookie_consent_without_a_visitor_id_is_stored_under_a_new_id()
    {
        var visitor = VisitorClient.For(_host);

        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/consents",
            new { kind = "cookies", chatflowId = "concierge", version = "abcdef012345", granted = false });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await VisitorClient.BodyAsync(response);
        var stored = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.SingleAsync());
        Assert.Equal(body.GetProperty("visitorId").GetString(), stored.VisitorId);
        Assert.False(stored.Granted);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("marketing", "concierge", "0123456789ab", true, "kind")]
    [InlineData("cookies", "", "0123456789ab", true, "chatflowId")]
    [InlineData("cookies", "concierge", "not hex!", true, "version")]
    [InlineData("cookies", "concierge", "0123456789ab", null, "granted")]
    public async Task Bad_input_is_a_validation_problem(string kind, string chatflowId, string version, bool? granted, string field)
    {
        var visitor = VisitorClient.For(_host);

        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/consents", new { kind, chatflowId, version, granted });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await VisitorClient.BodyAsync(response);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.CountAsync()));
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

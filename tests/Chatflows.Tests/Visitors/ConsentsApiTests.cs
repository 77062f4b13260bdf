using System.Net;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Chatflows.Visitors;
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

        var version = await CurrentVersionAsync();
        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/consents",
            new { kind = "dataProcessing", chatflowId = "concierge", version, granted = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.SingleAsync());
        Assert.Equal(Raw(visitor.VisitorId), stored.VisitorId);
        Assert.Equal(("concierge", "dataProcessing", version, true), (stored.ChatflowId, stored.Kind, stored.Version, stored.Granted));
        Assert.InRange(stored.RecordedUtc, before, DateTime.UtcNow.AddSeconds(5));
    }

    [Fact]
    public async Task A_declined_cookie_consent_without_a_visitor_id_is_stored_under_a_new_id()
    {
        var visitor = VisitorClient.For(_host);

        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/consents",
            new { kind = "cookies", chatflowId = "concierge", version = await CurrentVersionAsync(), granted = false });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await VisitorClient.BodyAsync(response);
        var stored = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.SingleAsync());
        Assert.Equal(Raw(body.GetProperty("visitorId").GetString()), stored.VisitorId);
        Assert.False(stored.Granted);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task An_allowed_cookie_consent_sets_the_visitor_cookie_for_a_chat_already_running()
    {
        var visitor = VisitorClient.For(_host);
        var (_, started) = await visitor.StartAsync();
        visitor.VisitorId = started.GetProperty("visitorId").GetString();

        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/consents",
            new { kind = "cookies", chatflowId = "concierge", version = await CurrentVersionAsync(), granted = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith($"chatflows_vid={visitor.VisitorId};", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("0123456789ab")] // well-formed, but not what the chatflow shows
    [InlineData("CURRENT-OF-ANOTHER-CHATFLOW")]
    public async Task A_version_that_is_not_the_live_texts_version_is_refused(string version)
    {
        await FlowBuilding.PublishAsync(_host, FlowBuilding.Flow("other", "Hi!", FlowBuilding.Action("hi", "sendMessage", new { text = "Hi" })) with
        {
            Consent = new() { CookieConsent = new() { Text = "Other words about cookies." } },
        });
        if (version.StartsWith("CURRENT", StringComparison.Ordinal))
        {
            version = await CurrentVersionAsync("other");
        }

        var response = await VisitorClient.For(_host).SendAsync(HttpMethod.Post, "/chatflows/api/consents",
            new { kind = "cookies", chatflowId = "concierge", version, granted = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await VisitorClient.BodyAsync(response)).GetProperty("errors").TryGetProperty("version", out _));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(0, await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Consents.CountAsync()));
    }

    [Theory]
    [InlineData("marketing", "concierge", "0123456789ab", true, "kind")]
    [InlineData("cookies", "", "0123456789ab", true, "chatflowId")]
    [InlineData("cookies", "no-such-chatflow", "0123456789ab", true, "chatflowId")]
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

    /// <summary>The version of the consent texts the published chatflow shows now (chatflow.consent.version).</summary>
    private Task<string> CurrentVersionAsync(string chatflowId = "concierge") => _host.InScopeAsync(async s =>
    {
        var record = await s.GetRequiredService<ChatflowsDbContext>().Chatflows.SingleAsync(c => c.Id == chatflowId);
        var flow = FlowJson.Deserialize(record.PublishedJson!);
        return flow.Consent.ToWidget(flow.Language).Version;
    });

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    // The visitor id travels signed; the rows hold the id inside.
    private string? Raw(string? token) => _host.Services.GetRequiredService<VisitorIdProtector>().Read(token);
}

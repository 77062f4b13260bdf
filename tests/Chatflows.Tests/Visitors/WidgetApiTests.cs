using System.Net;
using Chatflows.Core.Targeting;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Visitors;

public sealed class WidgetApiTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task A_page_gets_the_published_chatflow_with_the_channels_look_and_availability()
    {
        var (response, body) = await GetAsync("http://localhost/pricing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("concierge", body.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.StartsWith("Hi there, welcome!", body.GetProperty("chatflow").GetProperty("welcomeMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal("#0f766e", body.GetProperty("channel").GetProperty("accentColor").GetString());
        Assert.Equal("Ledgerly", body.GetProperty("channel").GetProperty("headingName").GetString());
        Assert.Equal("available", body.GetProperty("availability").GetProperty("state").GetString());
        Assert.Equal("en", body.GetProperty("language").GetString());
    }

    [Fact]
    public async Task The_privacy_page_is_excluded_and_gets_no_bot()
    {
        var (_, body) = await GetAsync("http://localhost/privacy");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("chatflow").ValueKind);
    }

    [Fact]
    public async Task An_unchanged_configuration_answers_304_to_its_etag()
    {
        var (first, _) = await GetAsync("http://localhost/pricing");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        var second = await _host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/pricing")]
    [InlineData("javascript:alert(1)")]
    public async Task A_missing_or_relative_url_is_a_validation_problem(string url)
    {
        var response = await _host.CreateClient().GetAsync($"/chatflows/api/widget?url={Uri.EscapeDataString(url)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task When_two_chatflows_match_the_more_specific_one_wins_at_equal_priority()
    {
        var pricing = Flow("pricing-bot", "Questions about our plans?", Action("bye", "sendMessage", new { text = "Bye." })) with
        {
            Targeting = new TargetingRules
            {
                Groups = [new FilterGroup { Rules = [new TargetRule { Kind = TargetRuleKind.WebsiteUrl, Operator = TargetOperator.Is, Value = "/pricing" }] }],
            },
        };
        await PublishAsync(_host, pricing);
        await _host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            foreach (var record in db.Chatflows)
            {
                record.Priority = 0;
            }

            await db.SaveChangesAsync();
        });

        var (_, onPricing) = await GetAsync("http://localhost/pricing");
        var (_, onBlog) = await GetAsync("http://localhost/blog");

        Assert.Equal("pricing-bot", onPricing.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.Equal("concierge", onBlog.GetProperty("chatflow").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_switched_off_chatflow_shows_nowhere()
    {
        await _host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().SetEnabledAsync("concierge", false, CancellationToken.None));

        var (_, body) = await GetAsync("http://localhost/pricing");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("chatflow").ValueKind);
    }

    private async Task<(HttpResponseMessage Response, System.Text.Json.JsonElement Body)> GetAsync(string url)
    {
        var response = await _host.CreateClient().GetAsync($"/chatflows/api/widget?url={Uri.EscapeDataString(url)}&lang=en-GB");
        return (response, await VisitorClient.BodyAsync(response));
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

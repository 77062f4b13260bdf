using Chatflows.Channel;
using Chatflows.Core.Availability;
using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Visitors;

public sealed class WidgetDisplayConsentTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task The_widget_config_carries_display_and_consent_with_effective_texts_and_a_version()
    {
        await PublishFirstAsync(_host, OnPath("display-bot", "/offers") with
        {
            Display = new() { DesktopBehavior = DisplayBehavior.OpenOnTrigger, Triggers = [DisplayTrigger.TimeOnPage], Seconds = 5, ShowQuickRepliesOutside = true },
            Consent = new() { DataProcessing = new() { Type = DataProcessingType.LegitimateInterest, Text = "We use your answers.", PrivacyPolicyUrl = "https://example.com/privacy" } },
        });

        var chatflow = (await GetAsync("http://localhost/offers")).GetProperty("chatflow");

        var display = chatflow.GetProperty("display");
        Assert.Equal("openOnTrigger", display.GetProperty("desktopBehavior").GetString());
        Assert.Equal("launcherThenWelcome", display.GetProperty("mobileBehavior").GetString());
        Assert.Equal("timeOnPage", display.GetProperty("trigger").GetString());
        Assert.Equal(["timeOnPage"], display.GetProperty("triggers").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(5, display.GetProperty("seconds").GetInt32());
        Assert.True(display.GetProperty("showQuickRepliesOutside").GetBoolean());
        var consent = chatflow.GetProperty("consent");
        Assert.True(consent.GetProperty("cookies").GetProperty("enabled").GetBoolean());
        Assert.Equal("beforeChat", consent.GetProperty("cookies").GetProperty("when").GetString());
        Assert.StartsWith("We'd like to use a cookie", consent.GetProperty("cookies").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("legitimateInterest", consent.GetProperty("dataProcessing").GetProperty("type").GetString());
        Assert.Equal("We use your answers.", consent.GetProperty("dataProcessing").GetProperty("text").GetString());
        Assert.Equal("https://example.com/privacy", consent.GetProperty("dataProcessing").GetProperty("privacyPolicyUrl").GetString());
        Assert.Matches("^[0-9a-f]{12}$", consent.GetProperty("version").GetString());
    }

    [Fact]
    public async Task The_consent_version_changes_with_the_text_and_empty_text_means_the_default_in_the_flows_language()
    {
        await PublishFirstAsync(_host, OnPath("consent-a", "/a") with { Language = "nl" });
        await PublishFirstAsync(_host, OnPath("consent-b", "/b") with { Language = "nl", Consent = new() { CookieConsent = new() { Text = "Koekje?" } } });

        var a = (await GetAsync("http://localhost/a")).GetProperty("chatflow").GetProperty("consent");
        var b = (await GetAsync("http://localhost/b")).GetProperty("chatflow").GetProperty("consent");

        Assert.StartsWith("We willen een cookie", a.GetProperty("cookies").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Koekje?", b.GetProperty("cookies").GetProperty("text").GetString());
        Assert.NotEqual(a.GetProperty("version").GetString(), b.GetProperty("version").GetString());
    }

    [Fact]
    public async Task A_bot_shown_only_when_available_is_hidden_while_the_team_is_away()
    {
        await PublishFirstAsync(_host, OnPath("when-available", "/support") with { Display = new() { ShowOnlyWhenAvailable = true } });
        var shownWhileAvailable = await GetAsync("http://localhost/support");
        await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChannelSettingsStore>();
            var current = await store.GetAsync(CancellationToken.None);
            var saved = await store.SaveAsync(current.Settings with { Availability = current.Settings.Availability with { Mode = AvailabilityMode.Users } }, current.Version, CancellationToken.None);
            Assert.True(saved.Succeeded);
        });

        var body = await GetAsync("http://localhost/support");

        Assert.Equal("when-available", shownWhileAvailable.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.NotEqual("available", body.GetProperty("availability").GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("chatflow").ValueKind);
    }

    private static Chatflow OnPath(string id, string path) => Flow(id, "Hello!", Action("bye", "sendMessage", new { text = "Bye." })) with
    {
        Targeting = new TargetingRules
        {
            Groups = [new FilterGroup { Rules = [new TargetRule { Kind = TargetRuleKind.WebsiteUrl, Operator = TargetOperator.Is, Value = path }] }],
        },
    };

    private async Task<System.Text.Json.JsonElement> GetAsync(string url)
    {
        var response = await _host.CreateClient().GetAsync($"/chatflows/api/widget?url={Uri.EscapeDataString(url)}&lang=en-GB&device=desktop");
        response.EnsureSuccessStatusCode();
        return await VisitorClient.BodyAsync(response);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

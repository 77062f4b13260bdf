using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Channel;
using Chatflows.Core.Availability;
using Chatflows.Core.Targeting;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin;

/// <summary>
/// The away behaviour (W6, the seed's "Afwezig"): agents exist but none is available, and the channel page chooses
/// between the away message, the usual response time and no launcher, as it does for offline.
/// </summary>
public sealed partial class ChannelAwayTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Theory]
    [InlineData("HideLauncher", "hideLauncher", null)]
    [InlineData("ShowResponseTime", "showResponseTime", null)]
    [InlineData("ShowAwayMessage", "showAwayMessage", "Back after lunch.")]
    public async Task What_the_administrator_chooses_for_away_is_what_the_widget_is_told(string behavior, string instruction, string? message)
    {
        await AdminUsers.InRoleAsync(_host, Roles.Agent);
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields["Input.AwayBehavior"] = behavior;

        var response = await admin.Http.PostAsync("/admin/channel?handler=Save", new FormUrlEncodedContent(fields));
        var availability = (await WidgetAsync()).GetProperty("availability");
        var page = await admin.Http.GetStringAsync("/admin/channel");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Enum.Parse<AwayBehavior>(behavior), (await SettingsAsync()).Availability.AwayBehavior);
        Assert.Equal("away", availability.GetProperty("state").GetString());
        Assert.Equal(instruction, availability.GetProperty("instruction").GetString());
        Assert.Equal(message, availability.TryGetProperty("message", out var shown) && shown.ValueKind == JsonValueKind.String ? shown.GetString() : null);
        Assert.Matches($"id=\"away-{behavior}\"[^>]*checked", page);
    }

    [Fact]
    public async Task An_unknown_away_behaviour_is_refused_and_nothing_is_saved()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields["Input.AwayBehavior"] = "Vanish";

        var response = await admin.Http.PostAsync("/admin/channel?handler=Save", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AvailabilityMode.AlwaysOn, (await SettingsAsync()).Availability.Mode);
    }

    [Fact]
    public async Task An_empty_away_message_is_allowed_only_when_it_is_not_shown()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields["Input.AwayMessage"] = "";

        var refused = await admin.Http.PostAsync("/admin/channel?handler=Save", new FormUrlEncodedContent(fields));
        fields["Input.AwayBehavior"] = "HideLauncher";
        var saved = await admin.Http.PostAsync("/admin/channel?handler=Save", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Write a message of 1 to 1000 characters; visitors see it.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(AwayBehavior.HideLauncher, (await SettingsAsync()).Availability.AwayBehavior);
    }

    private async Task<JsonElement> WidgetAsync()
    {
        var response = await _host.CreateClient().GetAsync($"/chatflows/api/widget?url={Uri.EscapeDataString("http://localhost/away")}&lang=en-GB&device=desktop");
        response.EnsureSuccessStatusCode();
        return await VisitorClient.BodyAsync(response);
    }

    private async Task<Core.Channel.ChannelSettings> SettingsAsync() =>
        await _host.InScopeAsync(async s => (await s.GetRequiredService<ChannelSettingsStore>().GetAsync(default)).Settings);

    // Availability follows the team and nobody has set themselves available: the team is away.
    private static async Task<Dictionary<string, string>> FieldsAsync(AdminClient client)
    {
        var html = await client.Http.GetStringAsync("/admin/channel");
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery.TokenOf(html),
            ["Version"] = VersionInput().Match(html).Groups[1].Value,
            ["Input.AccentColor"] = "#2f6feb", ["Input.HeadingName"] = "Chat", ["Input.WelcomeMessage"] = "Hi!",
            ["Input.TimeZone"] = "Europe/Amsterdam", ["Input.Mode"] = "Users", ["Input.TypicalResponseTime"] = "FewMinutes",
            ["Input.AwayMessage"] = "Back after lunch.", ["Input.AwayBehavior"] = "ShowAwayMessage",
            ["Input.OfflineBehavior"] = "ShowBackTime", ["Input.OfflineMessage"] = "Offline",
            ["Input.CapacityBehavior"] = "ShowWaitMessage", ["Input.WaitMessage"] = "Wait",
            ["Input.Hours[0][0].Start"] = "09:00", ["Input.Hours[0][0].End"] = "17:30",
        };
    }

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PublishFirstAsync(_host, Flow("away-bot", "Hi", Action("bye", "sendMessage", new { text = "Bye." })) with
        {
            Targeting = new TargetingRules
            {
                Groups = [new FilterGroup { Rules = [new TargetRule { Kind = TargetRuleKind.WebsiteUrl, Operator = TargetOperator.Is, Value = "/away" }] }],
            },
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();


    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionInput();
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;

namespace Chatflows.Tests.Visitors;

/// <summary>"Back at …" (W6) in the visitor's language (L1): the demo's Concierge offline, asked for in Dutch and in English.</summary>
public sealed partial class AvailabilityLanguageTests
{
    [Fact]
    public async Task The_back_time_of_the_widget_config_is_written_in_the_visitors_language()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        var form = await admin.Http.GetStringAsync("/admin/channel");
        // Open one minute a week: whenever the test runs, the team is (almost always) offline and back within a week.
        var saved = await admin.PostFormAsync("/admin/channel?handler=Save", new()
        {
            ["Version"] = VersionField().Match(form).Groups[1].Value,
            ["Input.AccentColor"] = "#8a1c7c", ["Input.HeadingName"] = "Ledgerly", ["Input.WelcomeMessage"] = "Hi!",
            ["Input.TimeZone"] = "Europe/Amsterdam", ["Input.Mode"] = "OfficeHours", ["Input.TypicalResponseTime"] = "FewMinutes",
            ["Input.AwayMessage"] = "Away", ["Input.OfflineBehavior"] = "ShowBackTime", ["Input.OfflineMessage"] = "Offline",
            ["Input.CapacityBehavior"] = "ShowWaitMessage", ["Input.WaitMessage"] = "Wait",
            ["Input.Hours[0][0].Start"] = "09:00", ["Input.Hours[0][0].End"] = "09:01",
        }, "/admin/channel");

        var dutch = await AvailabilityAsync(host, "nl");
        var english = await AvailabilityAsync(host, "en");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("showBackAt", dutch.GetProperty("instruction").GetString());
        Assert.Matches("^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)( [0-9]+ [a-z]+)? 09:00$", dutch.GetProperty("nextOpeningLocal").GetString());
        Assert.Matches("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)( [A-Z][a-z]+ [0-9]+)? 9:00\u202FAM$", english.GetProperty("nextOpeningLocal").GetString());
        Assert.Equal(dutch.GetProperty("nextOpening").GetString(), english.GetProperty("nextOpening").GetString());
    }

    private static async Task<JsonElement> AvailabilityAsync(ChatflowsFactory host, string lang) =>
        JsonDocument.Parse(await host.CreateClient().GetStringAsync($"/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing&lang={lang}&tz=Europe%2FAmsterdam"))
            .RootElement.GetProperty("availability").Clone();

    [GeneratedRegex("name=\"Version\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"Version\"")]
    private static partial Regex VersionField();
}

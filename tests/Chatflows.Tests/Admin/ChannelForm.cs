using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Admin;

/// <summary>The Channel page's form as an editor fills it in, and the widget's availability as a visitor in a language reads it.</summary>
public static partial class ChannelForm
{
    /// <summary>
    /// The form's fields with the messages set: office hours with no hours at all (always outside them), or Users mode
    /// with nobody available (always away). <paramref name="page"/> is the Channel page as opened, with its language rows.
    /// </summary>
    public static async Task<Dictionary<string, string>> FieldsAsync(AdminClient admin, string mode, string page = "/admin/channel")
    {
        var html = await admin.Http.GetStringAsync(page);
        var languages = LanguageInput().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        return new Dictionary<string, string>(languages)
        {
            ["Version"] = VersionOf(html),
            ["Input.AccentColor"] = "#2f6feb", ["Input.HeadingName"] = "Chat", ["Input.WelcomeMessage"] = "Hi!",
            ["Input.TimeZone"] = "Europe/Amsterdam", ["Input.Mode"] = mode, ["Input.TypicalResponseTime"] = "FewMinutes",
            ["Input.AwayMessage"] = "Back after lunch.", ["Input.AwayBehavior"] = "ShowAwayMessage",
            ["Input.OfflineBehavior"] = "ShowAwayMessage", ["Input.OfflineMessage"] = "We're closed now. Leave a message.",
            ["Input.CapacityBehavior"] = "ShowWaitMessage", ["Input.WaitMessage"] = "Wait",
        };
    }

    /// <summary>The form's field for one language's text, found by the hidden language field the page rendered for it.</summary>
    public static string Row(Dictionary<string, string> fields, string language, string field) =>
        fields.Single(f => f.Key.EndsWith("].Language", StringComparison.Ordinal) && f.Value == language).Key.Replace("].Language", $"].{field}", StringComparison.Ordinal);

    public static Task<HttpResponseMessage> SaveAsync(AdminClient admin, Dictionary<string, string> fields) =>
        admin.PostFormAsync("/admin/channel?handler=Save", fields, "/admin/channel");

    /// <summary>The widget's availability for a visitor asking for <paramref name="lang"/> on a page no chatflow targets.</summary>
    public static async Task<JsonElement> AvailabilityAsync(ChatflowsFactory host, string lang)
    {
        var response = await host.CreateClient().GetAsync($"/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing&lang={Uri.EscapeDataString(lang)}&tz=Europe%2FAmsterdam");
        response.EnsureSuccessStatusCode();
        return (await VisitorClient.BodyAsync(response)).GetProperty("availability");
    }

    public static string VersionOf(string html) => VersionInput().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"(Input\\.Translations\\[[0-9]+\\]\\.Language)\" value=\"([^\"]*)\"")]
    private static partial Regex LanguageInput();

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionInput();
}

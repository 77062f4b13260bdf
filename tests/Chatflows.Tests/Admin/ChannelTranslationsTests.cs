using System.Net;
using System.Text.Json;
using Chatflows.Channel;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Admin;

/// <summary>
/// The away, offline and wait messages per visitor language (L1): written beside the base text on the Channel page,
/// shown by the widget in the language it asked for, the base text where a translation is missing.
/// </summary>
public sealed class ChannelTranslationsTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;
    private AdminClient _admin = null!;

    [Fact]
    public async Task Outside_office_hours_a_Dutch_visitor_gets_the_Dutch_offline_message_and_an_English_visitor_the_base()
    {
        var fields = await FieldsAsync(mode: "OfficeHours");
        fields[Row(fields, "nl", "OfflineMessage")] = "We zijn nu gesloten. Laat een bericht achter.";

        var saved = await SaveAsync(fields);
        var dutch = await AvailabilityAsync("nl");
        var english = await AvailabilityAsync("en");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("offline", "showAwayMessage"), (dutch.GetProperty("state").GetString(), dutch.GetProperty("instruction").GetString()));
        Assert.Equal("We zijn nu gesloten. Laat een bericht achter.", dutch.GetProperty("message").GetString());
        Assert.Equal("We're closed now. Leave a message.", english.GetProperty("message").GetString());
    }

    [Fact]
    public async Task While_the_team_is_away_the_Dutch_away_message_wins_and_a_text_left_untranslated_is_the_base()
    {
        var fields = await FieldsAsync(mode: "Users");
        fields[Row(fields, "de", "OfflineMessage")] = "Wir sind offline.";
        fields[Row(fields, "nl", "AwayMessage")] = "We zijn even weg.";

        var saved = await SaveAsync(fields);
        var dutch = await AvailabilityAsync("nl-BE,nl");
        var german = await AvailabilityAsync("de");
        var page = await _admin.Http.GetStringAsync("/admin/channel");
        var stored = await SettingsAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("away", "We zijn even weg."), (dutch.GetProperty("state").GetString(), dutch.GetProperty("message").GetString()));
        Assert.Equal("Back after lunch.", german.GetProperty("message").GetString());
        Assert.Equal(["de", "nl"], stored.Availability.Translations.Keys.Order(StringComparer.Ordinal));
        Assert.Null(stored.Availability.Translations["nl"].OfflineMessage);
        Assert.Contains(">We zijn even weg.</textarea>", page);
    }

    [Fact]
    public async Task A_hostile_translation_is_shown_encoded_on_the_page_and_given_to_the_widget_as_text()
    {
        const string hostile = "<img src=x onerror=alert(1)>{{ 7 | times: 6 }}";
        var fields = await FieldsAsync(mode: "Users");
        fields[Row(fields, "nl", "AwayMessage")] = hostile;

        var saved = await SaveAsync(fields);
        var page = await _admin.Http.GetStringAsync("/admin/channel");
        var dutch = await AvailabilityAsync("nl");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page);
        Assert.Equal(hostile, dutch.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("nl", 1001)]
    [InlineData("\"><script>", 10)]
    public async Task A_translation_too_long_or_for_a_malformed_language_is_refused_and_nothing_is_saved(string language, int length)
    {
        var fields = await FieldsAsync(mode: "Users");
        fields["Input.Translations[0].Language"] = language;
        fields["Input.Translations[0].AwayMessage"] = new string('x', length);

        var refused = await SaveAsync(fields);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Empty((await SettingsAsync()).Availability.Translations);
        Assert.DoesNotContain("<script>", page);
    }

    private static string Row(Dictionary<string, string> fields, string language, string field) => ChannelForm.Row(fields, language, field);

    private Task<HttpResponseMessage> SaveAsync(Dictionary<string, string> fields) => ChannelForm.SaveAsync(_admin, fields);

    private Task<JsonElement> AvailabilityAsync(string lang) => ChannelForm.AvailabilityAsync(_host, lang);

    private async Task<Core.Channel.ChannelSettings> SettingsAsync() =>
        await _host.InScopeAsync(async s => (await s.GetRequiredService<ChannelSettingsStore>().GetAsync(default)).Settings);

    // No chatflow has German or Dutch here: the editor adds both from the catalog.
    private Task<Dictionary<string, string>> FieldsAsync(string mode) => ChannelForm.FieldsAsync(_admin, mode, "/admin/channel?add=de&add=nl");

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await AdminUsers.InRoleAsync(_host, Roles.Agent);
        _admin = await AdminUsers.AdministratorAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

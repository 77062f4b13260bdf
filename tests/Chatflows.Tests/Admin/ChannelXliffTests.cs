using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Chatflows.Channel;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Admin;

/// <summary>
/// The channel's away, offline and wait messages in the translator's round trip (L1): the Channel page lists the
/// languages the site's chatflows have, exports the messages as XLIFF 2.0 and takes a translated file back, refused
/// with its lines when broken; its status-line preview shows each language.
/// </summary>
public sealed class ChannelXliffTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;
    private AdminClient _admin = null!;

    [Fact]
    public async Task The_page_lists_the_languages_the_chatflows_have_and_adds_a_catalog_language_on_request()
    {
        await ChatflowInFrenchAsync();

        var page = HtmlPage.Parse(await _admin.Http.GetStringAsync("/admin/channel"));
        var added = HtmlPage.Parse(await _admin.Http.GetStringAsync("/admin/channel?add=de&add=xx"));

        // French from the new chatflow, Dutch from the demo's Concierge (English and Dutch); English is the base.
        Assert.Equal(["fr", "nl"], page.Texts("#translations-heading ~ details > summary"));
        Assert.Equal("en", page.One("#cf-base-language").TextContent);
        Assert.Contains(page.Options("#add-language option"), o => o.Value == "de");
        Assert.DoesNotContain(page.Options("#add-language option"), o => o.Value is "en" or "fr");
        Assert.Equal(["de", "fr", "nl"], added.Texts("#translations-heading ~ details > summary"));
        Assert.Equal(["de"], added.QuerySelectorAll("#cf-add-language input[name=add]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task The_messages_exported_as_xliff_and_imported_translated_reach_a_Dutch_visitor()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ChannelForm.SaveAsync(_admin, await ChannelForm.FieldsAsync(_admin, "Users"))).StatusCode);

        var export = await _admin.Http.GetAsync("/admin/channel/xliff?lang=nl");
        var xliff = await export.Content.ReadAsStringAsync();
        var translated = xliff.Replace("<source xml:space=\"preserve\">Back after lunch.</source>",
            "<source xml:space=\"preserve\">Back after lunch.</source><target xml:space=\"preserve\">Terug na de lunch.</target>", StringComparison.Ordinal);
        var import = await ImportAsync(translated);
        var dutch = await ChannelForm.AvailabilityAsync(_host, "nl-BE");
        var english = await ChannelForm.AvailabilityAsync(_host, "en");
        var notice = await _admin.Http.GetStringAsync("/admin/channel");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/xliff+xml", export.Content.Headers.ContentType!.MediaType);
        var root = XDocument.Parse(xliff).Root!;
        Assert.Equal(("en", "nl"), ((string?)root.Attribute("srcLang"), (string?)root.Attribute("trgLang")));
        Assert.Equal(["channel.awayMessage", "channel.offlineMessage", "channel.waitMessage"],
            root.Descendants(XName.Get("unit", "urn:oasis:names:tc:xliff:document:2.0")).Select(u => (string?)u.Attribute("id")));
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal("Terug na de lunch.", dutch.GetProperty("message").GetString());
        Assert.Equal("Back after lunch.", english.GetProperty("message").GetString());
        Assert.Contains("Imported 1 message(s) in 'nl'.", HtmlPage.Parse(notice).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown", "Line 4: The unit 'channel.gone' is no message of the chat channel")]
    [InlineData("notXml", "Line 5: The file cannot be read as XML")]
    [InlineData("language", "The file translates into 'xx'")]
    public async Task A_broken_file_is_refused_with_its_line_and_changes_nothing(string broken, string expected)
    {
        await ChatflowInFrenchAsync();
        var before = await SettingsJsonAsync();
        var file = broken switch
        {
            "unknown" => Xliff("fr", "<unit id=\"channel.gone\">\n<segment><source>Gone</source>\n<target>Parti</target></segment></unit>"),
            "notXml" => Xliff("fr", "<unit id=\"channel.awayMessage\">\n<segment><source>Away</target></segment></unit>"),
            _ => Xliff("xx", "<unit id=\"channel.awayMessage\">\n<segment><source>Away</source>\n<target>Weg</target></segment></unit>"),
        };

        var response = await ImportAsync(file);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(HtmlPage.Parse(html).Texts(".cf-import-errors li"), error => error.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(before, await SettingsJsonAsync());
    }

    [Fact]
    public async Task The_status_line_preview_shows_each_language_in_its_own_words()
    {
        await ChatflowInFrenchAsync();
        var fields = await ChannelForm.FieldsAsync(_admin, "Users");
        fields[ChannelForm.Row(fields, "fr", "AwayMessage")] = "<b>Absents</b> pour le moment.";
        Assert.Equal(HttpStatusCode.Redirect, (await ChannelForm.SaveAsync(_admin, fields)).StatusCode);

        var page = HtmlPage.Parse(await _admin.Http.GetStringAsync("/admin/channel"));

        Assert.Equal("Back after lunch.", page.One(".cf-status-lines dd[data-language=en]").TextContent);
        Assert.Equal("<b>Absents</b> pour le moment.", page.One(".cf-status-lines dd[data-language=fr]").TextContent);
        Assert.Equal("Back after lunch.", page.One(".cf-mock-status").TextContent);
    }

    [Fact]
    public async Task A_Dutch_editor_reads_the_avatar_refusal_and_the_import_refusal_in_Dutch()
    {
        _admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL,nl;q=0.9");
        var before = await SettingsJsonAsync();
        var page = await _admin.Http.GetStringAsync("/admin/channel");
        var svg = new ByteArrayContent("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        svg.Headers.ContentType = new MediaTypeHeaderValue("image/svg+xml");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.TokenOf(page)), Antiforgery.FieldName },
            { new StringContent(ChannelForm.VersionOf(page)), "Version" },
            { svg, "Avatar", "avatar.svg" },
        };

        var avatar = HtmlPage.Parse(await (await _admin.Http.PostAsync("/admin/channel?handler=Avatar", form)).Content.ReadAsStringAsync());
        var import = HtmlPage.Parse(await (await ImportAsync(Xliff("nl", "<unit id=\"channel.gone\">\n<segment><source>Gone</source></segment></unit>"))).Content.ReadAsStringAsync());

        Assert.Equal("Upload een PNG-, JPEG-, WebP- of GIF-afbeelding. Andere bestanden, ook SVG, worden niet geaccepteerd.", avatar.One("#avatar-error").TextContent);
        Assert.Equal(["Regel 4: De unit 'channel.gone' is geen bericht van het chatkanaal. Exporteer het bestand opnieuw en vertaal dat."], import.Texts(".cf-import-errors li"));
        Assert.Equal(before, await SettingsJsonAsync());
    }

    // An English chatflow made through the wizard, then given French on its Translations tab.
    private async Task ChatflowInFrenchAsync()
    {
        var created = await _admin.PostFormAsync("/admin/chatflows/create", new()
        {
            ["Input.Binding"] = "Inbox", ["Input.Language"] = "en", ["Input.Name"] = "Site bot", ["Input.Template"] = "scratch",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var tab = await _admin.Http.GetStringAsync("/admin/chatflows/site-bot/translations");
        var added = await _admin.PostFormAsync("/admin/chatflows/site-bot/translations?handler=Add",
            new() { ["DraftVersion"] = global::Chatflows.Tests.Admin.Chatflows.ChatflowAdminFixture.DraftVersionOf(tab), ["language"] = "fr" }, "/admin/chatflows/site-bot/translations");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    private async Task<HttpResponseMessage> ImportAsync(string xliff)
    {
        var page = await _admin.Http.GetStringAsync("/admin/channel");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(ChannelForm.VersionOf(page)), "Version" },
            { new StringContent(Antiforgery.TokenOf(page)), Antiforgery.FieldName },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(xliff));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xliff+xml");
        form.Add(file, "file", "channel.xlf");
        return await _admin.Http.PostAsync("/admin/channel/xliff", form);
    }

    private static string Xliff(string target, string units) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"{target}\">\n<file id=\"channel\">\n{units}\n</file></xliff>";

    private Task<string> SettingsJsonAsync() =>
        _host.InScopeAsync(async s => System.Text.Json.JsonSerializer.Serialize((await s.GetRequiredService<ChannelSettingsStore>().GetAsync(default)).Settings));

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await AdminUsers.InRoleAsync(_host, Roles.Agent);
        _admin = await AdminUsers.AdministratorAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

/// <summary>The Translations tab (L1): base text beside the translation, fallback warnings, versions, XLIFF round trip.</summary>
public sealed class ChatflowTranslationsTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    private static Chatflow Bot(string id) => Flow(id, "Hello {{ contact.firstname | default: \"there\" }}!",
        Action("reason", "askQuestion", new { text = "Sales or support?", quickReplies = new[] { new { label = "Sales", value = "sales" }, new { label = "Talk to us", value = "talk to_us" } } }, next: "bye"),
        Action("bye", "sendMessage", new { text = "Bye!" }));

    [Fact]
    public async Task An_editor_adds_Dutch_and_saves_texts_beside_the_base_text()
    {
        var id = await fixture.DraftAsync(Bot("tr-form"));
        var editor = await fixture.SignedInAsync();

        var added = await AddDutchAsync(editor, id);
        var page = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/translations?lang=nl");
        var saved = await editor.PostFormAsync($"/admin/chatflows/{id}/translations?lang=nl", new()
        {
            ["DraftVersion"] = ChatflowAdminFixture.DraftVersionOf(page),
            ["Texts[welcomeMessage]"] = "Hallo!",
            ["Texts[actions.reason.quickReplies.talk_20to_5Fus]"] = "Praat met ons",
        }, formPage: $"/admin/chatflows/{id}/translations?lang=nl");
        var draft = FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Sales or support?", HtmlPage.Parse(page).Texts("td"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/admin/chatflows/{id}/translations?lang=nl", saved.Headers.Location!.OriginalString);
        Assert.Equal("Hallo!", draft.Translations["nl"]["welcomeMessage"]);
        Assert.Equal("Praat met ons", draft.Translations["nl"]["actions.reason.quickReplies.talk to_us"]);
        Assert.Equal(2, draft.Translations["nl"].Count);
    }

    [Fact]
    public async Task A_missing_translation_is_a_warning_that_links_to_its_field_and_does_not_stop_publishing()
    {
        var id = await fixture.DraftAsync(Bot("tr-warn") with { Translations = Dutch(("welcomeMessage", "Hallo!")) });
        var editor = await fixture.SignedInAsync();

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/publish", [], formPage: $"/admin/chatflows/{id}");
        var overview = await editor.Http.GetStringAsync($"/admin/chatflows/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await fixture.RecordAsync(id)).PublishedJson);
        Assert.Contains($"/admin/chatflows/{id}/translations?lang=nl#text-actions.reason.text", HtmlPage.Parse(overview).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("has no nl translation", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_liquid_in_a_translation_is_refused_at_its_field()
    {
        var id = await fixture.DraftAsync(Bot("tr-liquid") with { Translations = Dutch() });
        var editor = await fixture.SignedInAsync();
        var page = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/translations?lang=nl");

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/translations?lang=nl", new()
        {
            ["DraftVersion"] = ChatflowAdminFixture.DraftVersionOf(page),
            ["Texts[welcomeMessage]"] = "Hallo {{ contact.firstname ",
        }, formPage: $"/admin/chatflows/{id}/translations?lang=nl");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("template error", html, StringComparison.Ordinal);
        Assert.Empty(FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson).Translations["nl"]);
    }

    [Fact]
    public async Task Versions_diff_and_rollback_cover_translations()
    {
        var id = await fixture.DraftAsync(Bot("tr-versions"));
        await PublishThroughStoreAsync(id, f => f);
        await PublishThroughStoreAsync(id, f => f with { Translations = Dutch(("actions.bye.text", "Doei!")) });
        var editor = await fixture.SignedInAsync();

        var diff = HtmlPage.Parse(await editor.Http.GetStringAsync($"/admin/chatflows/{id}/history?from=1&to=2")).Texts("td");
        var rollback = await editor.PostFormAsync($"/admin/chatflows/{id}/history?handler=Rollback", new() { ["version"] = "1" }, formPage: $"/admin/chatflows/{id}/history");
        var record = await fixture.RecordAsync(id);

        Assert.Contains("Translations", diff);
        Assert.Contains("nl: actions.bye.text", diff);
        Assert.Contains("Doei!", diff);
        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        Assert.Empty(FlowJson.Deserialize(record.PublishedJson!).Translations);
        Assert.Empty(FlowJson.Deserialize(record.DraftJson).Translations);
    }

    [Fact]
    public async Task Xliff_export_edited_and_imported_fills_the_translation_and_is_audited()
    {
        var id = await fixture.DraftAsync(Bot("tr-xliff") with { Translations = Dutch(("actions.bye.text", "Doei!")) });
        var editor = await fixture.SignedInAsync();

        var export = await editor.Http.GetAsync($"/admin/chatflows/{id}/translations?handler=Xliff&lang=nl");
        var xliff = await export.Content.ReadAsStringAsync();
        var translated = xliff
            .Replace("<source xml:space=\"preserve\">Sales or support?</source>", "<source xml:space=\"preserve\">Sales or support?</source><target xml:space=\"preserve\">Verkoop of support?</target>", StringComparison.Ordinal)
            .Replace("<source xml:space=\"preserve\">Sales</source>", "<source xml:space=\"preserve\">Sales</source><target xml:space=\"preserve\">Verkoop</target>", StringComparison.Ordinal);
        var import = await ImportAsync(editor, id, translated);
        var draft = FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson);
        var audit = await editor.Http.GetStringAsync($"/admin/audit?chatflow={id}");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/xliff+xml", export.Content.Headers.ContentType!.MediaType);
        var root = System.Xml.Linq.XDocument.Parse(xliff).Root!;
        Assert.Equal(("urn:oasis:names:tc:xliff:document:2.0", "xliff", "2.0", "en", "nl"),
            (root.Name.NamespaceName, root.Name.LocalName, (string?)root.Attribute("version"), (string?)root.Attribute("srcLang"), (string?)root.Attribute("trgLang")));
        Assert.Contains("<unit id=\"actions.reason.quickReplies.talk_20to_5Fus\">", xliff, StringComparison.Ordinal);
        Assert.Contains("<target xml:space=\"preserve\">Doei!</target>", xliff, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal("Verkoop of support?", draft.Translations["nl"]["actions.reason.text"]);
        Assert.Equal("Verkoop", draft.Translations["nl"]["actions.reason.quickReplies.sales"]);
        Assert.Equal("Doei!", draft.Translations["nl"]["actions.bye.text"]);
        Assert.Contains("imported a translation (XLIFF) into", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown", "Line 4: The unit 'actions.gone.text' is no text of this chatflow")]
    [InlineData("liquid", "Line 6: The target of 'actions.bye.text' has a template error")]
    [InlineData("notXml", "Line 5: The file cannot be read as XML")]
    [InlineData("dtd", "Line 2: The file cannot be read as XML")]
    public async Task A_broken_xliff_file_is_refused_with_its_line_and_changes_nothing(string broken, string expected)
    {
        var id = await fixture.DraftAsync(Bot($"tr-broken-{broken.ToLowerInvariant()}") with { Translations = Dutch() });
        var editor = await fixture.SignedInAsync();
        var before = (await fixture.RecordAsync(id)).DraftJson;
        var file = broken switch
        {
            "unknown" => Xliff("<unit id=\"actions.gone.text\">\n<segment><source>Gone</source>\n<target>Weg</target></segment></unit>"),
            "liquid" => Xliff("<unit id=\"actions.bye.text\">\n<segment><source>Bye!</source>\n<target>Doei {{ contact.firstname </target></segment></unit>"),
            "notXml" => Xliff("<unit id=\"actions.bye.text\">\n<segment><source>Bye!</target></segment></unit>"),
            _ => "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY boom SYSTEM \"file:///etc/passwd\">]>\n<xliff/>",
        };

        var response = await ImportAsync(editor, id, file);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(HtmlPage.Parse(html).Texts(".cf-import-errors li"), error => error.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(before, (await fixture.RecordAsync(id)).DraftJson);
    }

    [Fact]
    public async Task A_hostile_translation_arrives_inert_on_the_tab()
    {
        const string hostile = "<img src=x onerror=alert(1)>\"></textarea><script>alert(2)</script>";
        var id = await fixture.DraftAsync(Bot("tr-hostile") with { Translations = Dutch(("actions.bye.text", hostile)) });
        var editor = await fixture.SignedInAsync();

        var html = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/translations?lang=nl");

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(2)", html, StringComparison.Ordinal);
        Assert.Equal(hostile, HtmlPage.Parse(html).One("#text-actions\\.bye\\.text").TextContent);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Dutch(params (string Key, string Text)[] texts) =>
        new() { ["nl"] = texts.ToDictionary(t => t.Key, t => t.Text) };

    private static string Xliff(string units) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"nl\">\n<file id=\"f\">\n{units}\n</file></xliff>";

    private static async Task<HttpResponseMessage> AddDutchAsync(AdminClient editor, string id)
    {
        var page = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/translations");
        return await editor.PostFormAsync($"/admin/chatflows/{id}/translations?handler=Add",
            new() { ["DraftVersion"] = ChatflowAdminFixture.DraftVersionOf(page), ["language"] = "nl" }, formPage: $"/admin/chatflows/{id}/translations");
    }

    private static async Task<HttpResponseMessage> ImportAsync(AdminClient editor, string id, string xliff)
    {
        var page = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/translations?lang=nl");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(ChatflowAdminFixture.DraftVersionOf(page)), "DraftVersion" },
            { new StringContent(Antiforgery.TokenOf(page)), Antiforgery.FieldName },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(xliff));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xliff+xml");
        form.Add(file, "file", "translated.xlf");
        return await editor.Http.PostAsync($"/admin/chatflows/{id}/translations?handler=Import&lang=nl", form);
    }

    private Task PublishThroughStoreAsync(string id, Func<Chatflow, Chatflow> edit) => fixture.Host.InScopeAsync(async s =>
    {
        var store = s.GetRequiredService<ChatflowStore>();
        var (draft, version) = (await store.GetDraftAsync(id, CancellationToken.None))!.Value;
        Assert.True((await store.SaveDraftAsync(edit(draft), version, CancellationToken.None)).Succeeded);
        Assert.True((await store.PublishAsync(id, CancellationToken.None)).Published);
    });
}

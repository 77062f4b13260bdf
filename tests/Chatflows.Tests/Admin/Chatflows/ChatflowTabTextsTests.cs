using Chatflows.Tests.Infrastructure;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

/// <summary>
/// Issue 23 item 4: the Target and Display tabs' own checks and the targeting validator speak the editor's
/// Accept-Language; what is refused stays unsaved whatever the language.
/// </summary>
public sealed class ChatflowTabTextsTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    [Fact]
    public async Task A_Dutch_editor_saving_a_bad_Target_form_reads_Dutch_and_an_English_one_English_and_nothing_is_saved()
    {
        var id = await fixture.DraftAsync(Flow("target-words", "Hi"));
        var before = await fixture.RecordAsync(id);
        var dutch = await EditorAsync("nl-NL,nl;q=0.9,en;q=0.5");
        var english = await EditorAsync("en-GB");

        var inDutch = await (await dutch.PostFormAsync($"/admin/chatflows/{id}/target", BadTarget(before.DraftVersion))).Content.ReadAsStringAsync();
        var inEnglish = await (await english.PostFormAsync($"/admin/chatflows/{id}/target", BadTarget(before.DraftVersion))).Content.ReadAsStringAsync();

        Assert.Contains("Vul een pad in dat met &quot;/&quot; begint", inDutch, StringComparison.Ordinal);
        Assert.Contains("Geef de naam van de queryparameter die gecontroleerd wordt.", inDutch, StringComparison.Ordinal);
        Assert.Contains("De prioriteit is 0 tot 10.000; lager wint.", inDutch, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter a path starting with", inDutch, StringComparison.Ordinal);
        Assert.Contains("Enter a path starting with &quot;/&quot;", inEnglish, StringComparison.Ordinal);
        Assert.Contains("Name the query parameter to check.", inEnglish, StringComparison.Ordinal);
        Assert.Contains("The priority is 0 to 10,000; lower wins.", inEnglish, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task A_Dutch_editor_saving_a_bad_Display_form_reads_Dutch_and_an_English_one_English_and_nothing_is_saved()
    {
        var id = await fixture.DraftAsync(Flow("display-words", "Hi"));
        var before = await fixture.RecordAsync(id);
        var dutch = await EditorAsync("nl");
        var english = await EditorAsync("en");

        var inDutch = await (await dutch.PostFormAsync($"/admin/chatflows/{id}/display", BadDisplay(before.DraftVersion))).Content.ReadAsStringAsync();
        var inEnglish = await (await english.PostFormAsync($"/admin/chatflows/{id}/display", BadDisplay(before.DraftVersion))).Content.ReadAsStringAsync();

        Assert.Contains("Gebruik hoogstens 6 snelle antwoorden van elk hoogstens 40 tekens.", inDutch, StringComparison.Ordinal);
        Assert.Contains("Kies triggers uit: verlaatintentie, tijd op de pagina en deel van de pagina gescrold.", inDutch, StringComparison.Ordinal);
        Assert.DoesNotContain("quick replies of at most", inDutch, StringComparison.Ordinal);
        Assert.Contains("Use at most 6 quick replies of at most 40 characters each.", inEnglish, StringComparison.Ordinal);
        Assert.Contains("Choose triggers from exit intent, time on page and share of the page scrolled.", inEnglish, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task A_Dutch_editor_saving_a_good_Display_form_is_told_Saved_in_Dutch()
    {
        var id = await fixture.DraftAsync(Flow("display-saved-words", "Hi"));
        var before = await fixture.RecordAsync(id);
        var dutch = await EditorAsync("nl");
        var fields = BadDisplay(before.DraftVersion);
        fields["Input.Triggers[0]"] = "TimeOnPage";
        fields["Input.QuickReplies"] = "Prijzen";

        var saved = await dutch.PostFormAsync($"/admin/chatflows/{id}/display", fields);
        var page = await dutch.Http.GetStringAsync(saved.Headers.Location!.ToString());

        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Opgeslagen. Publiceer om de wijzigingen live te zetten.", page, StringComparison.Ordinal);
        Assert.NotEqual(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task A_Dutch_editor_reads_the_rule_and_operator_words_the_display_labels_and_a_refused_operator_in_Dutch()
    {
        var id = await fixture.DraftAsync(Flow("rule-words", "Hi"));
        var before = await fixture.RecordAsync(id);
        var dutch = await EditorAsync("nl");
        var english = await EditorAsync("en");
        var fields = new Dictionary<string, string>
        {
            ["DraftVersion"] = before.DraftVersion.ToString(),
            ["Input.Groups[0].Rules[0].Kind"] = "Device", ["Input.Groups[0].Rules[0].Operator"] = "Contains", ["Input.Groups[0].Rules[0].Value"] = "x",
            ["Input.Priority"] = "10",
        };

        var target = HtmlPage.Parse(await (await dutch.PostFormAsync($"/admin/chatflows/{id}/target", fields)).Content.ReadAsStringAsync());
        var display = HtmlPage.Parse(await dutch.Http.GetStringAsync($"/admin/chatflows/{id}/display"));
        var englishDisplay = HtmlPage.Parse(await english.Http.GetStringAsync($"/admin/chatflows/{id}/display"));

        Assert.Contains("Apparaat", target.Texts("select[data-cf-kind] option"));
        Assert.Contains("bevat niet", target.Texts("select[data-cf-operator] option"));
        Assert.Contains(target.Texts(".cf-field-error"), e => e.Contains("Een regel voor Apparaat kan \"bevat\" niet gebruiken; kies een van: zit op een desktop, zit op een mobiel.", StringComparison.Ordinal));
        Assert.Contains("Tijd op de pagina", display.Texts("label"));
        Assert.Contains("Toon alleen de startknop, zodra de trigger afgaat", display.Texts("label"));
        Assert.Contains("Time on page", englishDisplay.Texts("label"));
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    private async Task<AdminClient> EditorAsync(string acceptLanguage)
    {
        var client = await fixture.SignedInAsync();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return client;
    }

    private static Dictionary<string, string> BadTarget(Guid version) => new()
    {
        ["DraftVersion"] = version.ToString(),
        ["Input.Groups[0].Rules[0].Kind"] = "WebsiteUrl", ["Input.Groups[0].Rules[0].Operator"] = "Is", ["Input.Groups[0].Rules[0].Value"] = "pricing",
        ["Input.Groups[0].Rules[1].Kind"] = "QueryParameter", ["Input.Groups[0].Rules[1].Operator"] = "Is", ["Input.Groups[0].Rules[1].Value"] = "spring",
        ["Input.Priority"] = "20000",
    };

    private static Dictionary<string, string> BadDisplay(Guid version) => new()
    {
        ["DraftVersion"] = version.ToString(), ["Input.DesktopBehavior"] = "LauncherThenWelcome", ["Input.MobileBehavior"] = "LauncherOnTrigger",
        ["Input.Triggers[0]"] = "Teleport", ["Input.Seconds"] = "10", ["Input.Percent"] = "50",
        ["Input.QuickReplies"] = string.Join('\n', Enumerable.Range(1, 7).Select(n => $"Reply {n}")),
    };
}

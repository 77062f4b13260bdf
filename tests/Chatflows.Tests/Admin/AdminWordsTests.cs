using System.Net;
using Chatflows.Tests.Admin.Chatflows;
using Chatflows.Tests.Infrastructure;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin;

/// <summary>
/// Issue 23 item 4 on the Account, Analytics, Channel, chatflow list, Contacts and Inbox pages: what an editor is told
/// after submitting a form (field errors, form errors, notices, and ASP.NET's own binding messages) follows the
/// browser's Accept-Language; without one it stays English.
/// </summary>
public sealed class AdminWordsTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    [Fact]
    public async Task A_wrong_password_is_refused_in_Dutch_for_a_Dutch_browser_and_in_English_without_a_language()
    {
        var dutch = Anonymous("nl-NL,nl;q=0.9");
        var english = Anonymous(null);

        var inDutch = await TextOfAsync(await dutch.SignInAsync(ChatflowAdminFixture.EditorEmail, "Wrong-Passw0rd!"));
        var inEnglish = await TextOfAsync(await english.SignInAsync(ChatflowAdminFixture.EditorEmail, "Wrong-Passw0rd!"));

        Assert.Contains("Dit e-mailadres en wachtwoord horen niet bij elkaar.", inDutch, StringComparison.Ordinal);
        Assert.DoesNotContain("do not match", inDutch, StringComparison.Ordinal);
        Assert.Contains("That e-mail and password do not match.", inEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_sign_in_form_says_what_is_missing_in_Arabic_not_in_ASP_NET_English()
    {
        var arabic = Anonymous("ar");

        var page = HtmlPage.Parse(await (await arabic.PostFormAsync("/admin/account/login", new() { ["Input.Email"] = "", ["Input.Password"] = "" })).Content.ReadAsStringAsync());

        Assert.Equal("املأ الحقل E-mail.", page.One("span[data-valmsg-for='Input.Email']").TextContent.Trim());
        Assert.DoesNotContain("field is required", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_analytics_date_is_explained_in_Dutch_and_in_English_without_a_language()
    {
        var dutch = await AdministratorAsync("nl");
        var english = await AdministratorAsync(null);

        var inDutch = await dutch.Http.GetAsync("/admin/analytics?from=2026-13-01");
        var inEnglish = await english.Http.GetAsync("/admin/analytics?from=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, inDutch.StatusCode);
        Assert.Contains("Vul een datum in als jjjj-mm-dd.", await TextOfAsync(inDutch), StringComparison.Ordinal);
        Assert.Contains("Enter a date as yyyy-mm-dd.", await TextOfAsync(inEnglish), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_Channel_form_is_refused_in_Arabic_and_Dutch_and_English_without_a_language()
    {
        var arabic = await AdministratorAsync("ar");
        var dutch = await AdministratorAsync("nl");
        var english = await AdministratorAsync(null);

        var inArabic = await TextOfAsync(await ChannelForm.SaveAsync(arabic, await BadChannelAsync(arabic)));
        var inDutch = await TextOfAsync(await ChannelForm.SaveAsync(dutch, await BadChannelAsync(dutch)));
        var inEnglish = await TextOfAsync(await ChannelForm.SaveAsync(english, await BadChannelAsync(english)));

        Assert.Contains("استخدم لونًا مثل #2f6feb.", inArabic, StringComparison.Ordinal);
        Assert.Contains("Gebruik een kleur zoals #2f6feb.", inDutch, StringComparison.Ordinal);
        Assert.Contains("Schrijf een bericht van 1 tot 1000 tekens; bezoekers zien het.", inDutch, StringComparison.Ordinal);
        Assert.Contains("Use a colour like #2f6feb.", inEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_on_an_unpublished_chatflow_is_refused_with_a_Dutch_notice()
    {
        var id = await fixture.DraftAsync(Flow("words-switch", "Hi"));
        var dutch = await EditorAsync("nl");

        var refused = await dutch.PostFormAsync("/admin/chatflows?handler=Switch", new() { ["id"] = id, ["enabled"] = "true" }, "/admin/chatflows");
        var page = WebUtility.HtmlDecode(await dutch.Http.GetStringAsync(refused.Headers.Location!.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Publiceer de chatflow voordat je hem aanzet.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_no_versions_to_compare_is_explained_in_Arabic()
    {
        var id = await fixture.DraftAsync(Flow("words-history", "Hi"));
        var arabic = await EditorAsync("ar");

        var page = await TextOfAsync(await arabic.Http.GetAsync($"/admin/chatflows/{id}/history?from=1&to=2"));

        Assert.Contains("اختر نسختين من القائمة.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_retention_period_and_a_number_field_sent_letters_are_refused_in_Dutch()
    {
        var dutch = await AdministratorAsync("nl");
        var english = await AdministratorAsync(null);

        var outOfRange = await TextOfAsync(await SaveRetentionAsync(dutch, new() { ["ConversationsDays"] = "0" }));
        var letters = await SaveRetentionAsync(dutch, new() { ["ConversationsDays"] = "abc" });
        var lettersInEnglish = await TextOfAsync(await SaveRetentionAsync(english, new() { ["ConversationsDays"] = "abc" }));

        Assert.Contains("Gebruik 1 tot 3650 dagen, of laat het leeg om te bewaren.", outOfRange, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, letters.StatusCode);
        Assert.Contains("De waarde 'abc' is niet geldig voor Days to keep conversations.", await TextOfAsync(letters), StringComparison.Ordinal);
        Assert.Contains("The value 'abc' is not valid for Days to keep conversations.", lettersInEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_contact_property_is_refused_in_Arabic()
    {
        var arabic = await AdministratorAsync("ar");
        var page = await arabic.Http.GetStringAsync("/admin/contacts/properties");

        var refused = await arabic.PostFormAsync("/admin/contacts/properties", new()
        {
            ["Version"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value,
            ["Properties[0].Name"] = "Shoe Size", ["Properties[0].Label"] = "Shoe size", ["Properties[0].Type"] = "Text",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("استخدم حروفًا لاتينية صغيرة", await TextOfAsync(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Going_away_in_the_inbox_is_confirmed_in_Dutch_and_in_English_without_a_language()
    {
        var dutch = await AdministratorAsync("nl");
        var english = await AdministratorAsync(null);

        var away = await dutch.PostFormAsync("/admin/inbox?handler=Availability", new() { ["available"] = "false" }, "/admin/inbox");
        var inDutch = WebUtility.HtmlDecode(await dutch.Http.GetStringAsync(away.Headers.Location!.ToString()));
        var back = await english.PostFormAsync("/admin/inbox?handler=Availability", new() { ["available"] = "true" }, "/admin/inbox");
        var inEnglish = WebUtility.HtmlDecode(await english.Http.GetStringAsync(back.Headers.Location!.ToString()));

        Assert.Contains("Je bent afwezig: nieuwe chats gaan naar je collega's.", inDutch, StringComparison.Ordinal);
        Assert.Contains("You are available for chats.", inEnglish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/channel", "#HeadingName, #WelcomeMessage, #AwayMessage, #OfflineMessage, #WaitMessage")]
    [InlineData("/admin/contacts/properties", "#p-0-label, #p-0-options")]
    [InlineData("/admin/chatflows/create", "#Input_Name")]
    public async Task Free_text_fields_take_right_to_left_text(string path, string fields)
    {
        var admin = await AdministratorAsync(null);

        var page = HtmlPage.Parse(await admin.Http.GetStringAsync(path));

        var found = page.QuerySelectorAll(fields);
        Assert.Equal(fields.Split(',').Length, found.Length);
        Assert.All(found, field => Assert.Equal("auto", field.GetAttribute("dir")));
    }

    private AdminClient Anonymous(string? acceptLanguage)
    {
        var client = AdminClient.For(fixture.Host);
        if (acceptLanguage is not null)
        {
            client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    private async Task<AdminClient> EditorAsync(string? acceptLanguage) => Speaking(await fixture.SignedInAsync(), acceptLanguage);

    private async Task<AdminClient> AdministratorAsync(string? acceptLanguage) =>
        Speaking(await fixture.SignedInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword), acceptLanguage);

    private static AdminClient Speaking(AdminClient client, string? acceptLanguage)
    {
        if (acceptLanguage is not null)
        {
            client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    private static async Task<Dictionary<string, string>> BadChannelAsync(AdminClient admin)
    {
        var fields = await ChannelForm.FieldsAsync(admin, "Users");
        fields["Input.AccentColor"] = "red";
        fields["Input.AwayMessage"] = "";
        return fields;
    }

    private static async Task<HttpResponseMessage> SaveRetentionAsync(AdminClient admin, Dictionary<string, string> fields)
    {
        var page = await admin.Http.GetStringAsync("/admin/contacts/retention");
        fields["Version"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        return await admin.PostFormAsync("/admin/contacts/retention", fields);
    }

    // Razor writes non-ASCII letters and quotes as character references; the editor reads them as text.
    private static async Task<string> TextOfAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}

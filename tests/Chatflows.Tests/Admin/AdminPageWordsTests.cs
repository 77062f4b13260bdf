using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Admin;

/// <summary>
/// Issue 23 item 4 on the knowledge-base, mail, meetings, profile, sample-data, surveys, teams, tickets and users
/// pages: what an editor reads after submitting a form follows their Accept-Language (Dutch, Arabic), and English
/// without one; a form refused in any language saves nothing.
/// </summary>
public sealed class AdminPageWordsTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Theory]
    [InlineData("nl", "Gebruik 1–64 kleine letters, cijfers en losse streepjes, bijv. ledgerly-en.")]
    [InlineData("ar", "استخدم من 1 إلى 64 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات مفردة، مثل ledgerly-en.")]
    [InlineData(null, "Use 1–64 lowercase letters, digits and single dashes, e.g. ledgerly-en.")]
    public async Task A_knowledge_base_with_a_bad_id_is_refused_in_the_editors_language(string? language, string message)
    {
        var html = await RefusedAsync(language, "/admin/knowledge-base/bases/create",
            new() { ["Input.Name"] = "Help", ["Input.Id"] = "Bad Id!", ["Input.Language"] = "en" }, HttpStatusCode.OK);

        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Vul één e-mailadres in om de testmail naartoe te sturen.")]
    [InlineData("ar", "أدخل عنوان بريد إلكتروني واحدًا لإرسال رسالة الاختبار إليه.")]
    [InlineData(null, "Enter one e-mail address to send the test mail to.")]
    public async Task A_test_mail_without_an_address_is_refused_in_the_editors_language(string? language, string message)
    {
        var html = await RefusedAsync(language, "/admin/mail?handler=Test", new() { ["TestAddress"] = " " }, HttpStatusCode.BadRequest, "/admin/mail");

        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Geef het afspraaktype een naam.", "Gebruik 1 tot 64 kleine letters, cijfers en streepjes, bijv. product-demo.")]
    [InlineData("ar", "أعطِ نوع الاجتماع اسمًا.", "استخدم من 1 إلى 64 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات، مثل product-demo.")]
    [InlineData(null, "Give the meeting type a name.", "Use 1 to 64 lower-case letters, digits and hyphens, e.g. product-demo.")]
    public async Task A_meeting_type_without_a_name_and_with_a_bad_slug_is_refused_in_the_editors_language(string? language, string name, string slug)
    {
        var html = await RefusedAsync(language, "/admin/meetings/type", new()
        {
            ["Input.Name"] = "", ["Input.Slug"] = "Bad Slug", ["Input.DurationMinutes"] = "30", ["Input.BufferBeforeMinutes"] = "0",
            ["Input.BufferAfterMinutes"] = "0", ["Input.MinimumNoticeMinutes"] = "60", ["Input.BookingWindowDays"] = "14",
        }, HttpStatusCode.OK);

        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.Contains(slug, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "“25:00-26:00” is geen tijdvak zoals 09:00-12:30.")]
    [InlineData("ar", "«25:00-26:00» ليس فترة مثل 09:00-12:30.")]
    [InlineData(null, "“25:00-26:00” is not a range like 09:00-12:30.")]
    public async Task Meeting_hours_that_are_no_range_are_refused_in_the_editors_language(string? language, string message)
    {
        var html = await RefusedAsync(language, "/admin/meetings/availability",
            new() { ["TimeZone"] = "Europe/Amsterdam", ["Days[0]"] = "25:00-26:00", ["BlockedDates"] = "" }, HttpStatusCode.OK);

        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Die code is onjuist of al gebruikt. Typ de code die de app nu toont.")]
    [InlineData("ar", "هذا الرمز خاطئ أو استُخدم من قبل. اكتب الرمز الذي يعرضه التطبيق الآن.")]
    [InlineData(null, "That code is wrong or was used already. Type the code the app shows now.")]
    public async Task A_wrong_two_factor_code_is_refused_in_the_editors_language(string? language, string message)
    {
        var html = await RefusedAsync(language, "/admin/profile/two-factor?handler=Enable", new() { ["Code"] = "000000" }, HttpStatusCode.OK, "/admin/profile/two-factor");

        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "De eerste dag komt vóór de laatste, hoogstens vijf jaar ertussen.")]
    [InlineData("ar", "يأتي اليوم الأول قبل الأخير، وبينهما خمس سنوات على الأكثر.")]
    [InlineData(null, "The first day comes before the last, at most five years apart.")]
    public async Task Survey_results_for_a_backwards_date_range_are_refused_in_the_editors_language(string? language, string message)
    {
        var response = await (await EditorAsync(language)).Http.GetAsync("/admin/surveys?From=2026-12-01&To=2026-01-01");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Geef het team een naam van 1 tot 100 tekens.")]
    [InlineData("ar", "أعطِ الفريق اسمًا من 1 إلى 100 حرف.")]
    [InlineData(null, "Give the team a name of 1 to 100 characters.")]
    public async Task A_team_without_a_name_is_refused_in_the_editors_language(string? language, string message)
    {
        var html = await RefusedAsync(language, "/admin/teams/create", new() { ["Input.Name"] = " " }, HttpStatusCode.OK);

        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Kies minstens één gebruiker of team om nieuwe tickets aan toe te wijzen, of zet toewijzen uit.")]
    [InlineData("ar", "اختر مستخدمًا أو فريقًا واحدًا على الأقل لإسناد التذاكر الجديدة إليه، أو أوقف الإسناد.")]
    [InlineData(null, "Choose at least one user or team to assign new tickets to, or switch assignment off.")]
    public async Task Ticket_assignment_to_nobody_is_refused_in_the_editors_language(string? language, string message)
    {
        var html = await RefusedAsync(language, "/admin/tickets/assignment", new() { ["Enabled"] = "true" }, HttpStatusCode.BadRequest);

        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Gebruik 1 tot 64 letters, cijfers of streepjes voor de id van de pijplijn.", "Geef de pijplijn een naam van 1 tot 100 tekens.")]
    [InlineData("ar", "استخدم من 1 إلى 64 حرفًا لاتينيًا أو رقمًا أو شرطة لمعرّف المسار.", "أعطِ المسار اسمًا من 1 إلى 100 حرف.")]
    [InlineData(null, "Use 1 to 64 letters, digits or dashes for the pipeline id.", "Give the pipeline a name of 1 to 100 characters.")]
    public async Task A_pipeline_with_a_bad_id_and_no_name_is_refused_in_the_editors_language(string? language, string id, string name)
    {
        var html = await RefusedAsync(language, "/admin/tickets/pipeline", new()
        {
            ["Input.Id"] = "bad id!", ["Input.Name"] = "", ["Input.Statuses[0].Name"] = "New", ["Input.Statuses[0].Position"] = "1",
        }, HttpStatusCode.BadRequest);

        Assert.Contains(id, html, StringComparison.Ordinal);
        Assert.Contains(name, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Kies een wachtwoord voor de nieuwe gebruiker.")]
    [InlineData("ar", "اختر كلمة مرور للمستخدم الجديد.")]
    [InlineData(null, "Choose a password for the new user.")]
    public async Task A_user_without_a_password_is_refused_in_the_editors_language(string? language, string message)
    {
        var email = $"words-{Guid.NewGuid():N}@chatflows.test";
        var html = await RefusedAsync(language, "/admin/users/create", new()
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "Words", ["Input.Roles"] = "Agent", ["Input.ChatCapacity"] = "3", ["Input.Password"] = "",
        }, HttpStatusCode.OK);

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, await (await EditorAsync(null)).Http.GetStringAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Dit adres kan geen inlognaam zijn: gebruik alleen letters, cijfers en - . _ @ +.")]
    [InlineData(null, "This address cannot be a sign-in name: use letters, digits and - . _ @ + only.")]
    public async Task An_address_Identity_refuses_as_a_sign_in_name_is_explained_in_the_editors_language(string? language, string message)
    {
        // A valid e-mail address, but the apostrophe is not among Identity's user-name characters.
        var email = $"o'words-{Guid.NewGuid():N}@chatflows.test";
        var html = await RefusedAsync(language, "/admin/users/create", new()
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "Words", ["Input.Roles"] = "Agent", ["Input.ChatCapacity"] = "3", ["Input.Password"] = "Long-Enough-Passw0rd!",
        }, HttpStatusCode.OK);

        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.TextContent; // Razor writes + as &#x2B;
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.DoesNotContain("is invalid, can only contain letters or digits", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_short_and_a_too_common_password_are_refused_in_Dutch_with_Identitys_English_kept_for_others()
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = $"words-{Guid.NewGuid():N}@chatflows.test", ["Input.DisplayName"] = "Words", ["Input.Roles"] = "Agent", ["Input.ChatCapacity"] = "3",
        };

        var shortInDutch = await RefusedAsync("nl", "/admin/users/create", new(fields) { ["Input.Password"] = "kort" }, HttpStatusCode.OK);
        var commonInDutch = await RefusedAsync("nl", "/admin/users/create", new(fields) { ["Input.Password"] = "Password2024!" }, HttpStatusCode.OK);
        var shortInEnglish = await RefusedAsync(null, "/admin/users/create", new(fields) { ["Input.Password"] = "kort" }, HttpStatusCode.OK);

        Assert.Matches("Wachtwoorden hebben minstens \\d+ tekens\\.", shortInDutch);
        Assert.Contains("Dit wachtwoord komt te vaak voor of is te makkelijk te raden.", commonInDutch, StringComparison.Ordinal);
        Assert.Matches("Passwords must be at least \\d+ characters\\.", shortInEnglish);
    }

    [Fact]
    public async Task The_notices_after_a_save_follow_the_editors_language()
    {
        var dutch = await EditorAsync("nl");
        var arabic = await EditorAsync("ar");

        var team = await NoticeAsync(dutch, "/admin/teams/create", new() { ["Input.Name"] = "Woordenteam" });
        var mail = await NoticeAsync(arabic, "/admin/mail?handler=Settings", new() { ["FromName"] = "مكتب المساعدة", ["FromAddress"] = "" }, "/admin/mail");
        var samples = await NoticeAsync(dutch, "/admin/sample-data", [], "/admin");

        Assert.Contains("Team Woordenteam is toegevoegd.", team, StringComparison.Ordinal);
        Assert.Contains("تم حفظ إعدادات البريد.", mail, StringComparison.Ordinal);
        Assert.Matches("Er waren geen voorbeeldgegevens om te verwijderen\\.|De voorbeeldgegevens zijn verwijderd: ", samples);
    }

    [Fact]
    public async Task The_knowledge_base_and_team_forms_take_right_to_left_text()
    {
        var admin = await EditorAsync(null);

        var article = await admin.Http.GetStringAsync("/admin/knowledge-base/articles/create");
        var team = await admin.Http.GetStringAsync("/admin/teams/create");

        Assert.Matches("<input[^>]*dir=\"auto\"[^>]*name=\"Input.Title\"|<input[^>]*name=\"Input.Title\"[^>]*dir=\"auto\"", article);
        Assert.Matches("<textarea[^>]*dir=\"auto\"[^>]*name=\"Input.Body\"|<textarea[^>]*name=\"Input.Body\"[^>]*dir=\"auto\"", article);
        Assert.Matches("<input id=\"Input_Name\"[^>]*dir=\"auto\"", team);
    }

    private async Task<string> RefusedAsync(string? language, string path, Dictionary<string, string> fields, HttpStatusCode status, string? formPage = null)
    {
        var response = await (await EditorAsync(language)).PostFormAsync(path, fields, formPage);

        Assert.Equal(status, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()); // the encoder writes é and Arabic as &#x…;
    }

    private static async Task<string> NoticeAsync(AdminClient editor, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var response = await editor.PostFormAsync(path, fields, formPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await editor.Http.GetStringAsync(response.Headers.Location!.ToString()));
    }

    private async Task<AdminClient> EditorAsync(string? language)
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        if (language is not null)
        {
            admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return admin;
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

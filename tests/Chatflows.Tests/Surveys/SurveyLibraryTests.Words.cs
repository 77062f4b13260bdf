using System.Net;
using Chatflows.Core.Flows;
using Chatflows.Tests.Admin;

namespace Chatflows.Tests.Surveys;

// Issue 23 item 4: the survey library's messages follow the editor's Accept-Language.
public sealed partial class SurveyLibraryTests
{
    [Fact]
    public async Task A_Dutch_admin_creating_a_bad_survey_reads_the_messages_in_Dutch_and_nothing_is_saved()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE,nl;q=0.8");
        var before = await CountAsync();

        var invalid = await admin.PostFormAsync("/admin/surveys/create", new()
        {
            ["Input.Name"] = " ", ["Input.Scale"] = "Smileys", ["Input.Question"] = new string('?', SurveySettings.MaxTextLength + 1),
        });
        var html = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()); // the encoder writes ê as &#xEA;

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Matches(ErrorSpan("Input_Name_error", "Geef de enquête een naam van 1 tot 100 tekens."), html);
        Assert.Matches(ErrorSpan("Input_Scale_error", "Kies sterren of duimen."), html);
        Assert.Matches(ErrorSpan("Input_Question_error", "De enquêtevraag is hoogstens 300 tekens."), html);
        Assert.DoesNotContain("Choose stars or thumbs.", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }
}

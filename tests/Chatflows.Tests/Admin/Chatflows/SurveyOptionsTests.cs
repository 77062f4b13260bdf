using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Surveys;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

/// <summary>The satisfaction survey (O9) as an editor sets it per chatflow on the Options tab.</summary>
public sealed class SurveyOptionsTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    [Fact]
    public async Task Survey_on_thumbs_with_a_question_and_no_comment_is_saved_into_the_draft()
    {
        var id = await fixture.DraftAsync(Flow("survey-save", "Hi"));
        var editor = await fixture.SignedInAsync();
        var version = (await fixture.RecordAsync(id)).DraftVersion.ToString();

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/options",
            Fields(version, scale: "Thumbs", question: "  Did we help you today?  ", askComment: false));
        var draft = FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson);
        var page = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/options");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            new SurveySettings { Enabled = true, Scale = SurveyScale.Thumbs, Question = "Did we help you today?", AskComment = false, CommentPrompt = "Anything to add?" },
            draft.Survey);
        Assert.Equal("", WidgetSurvey.For(AskedSurvey.Own(draft), draft.Language)!.CommentPrompt);
        Assert.Matches("id=\"survey-thumbs\"[^>]*checked", page);
        Assert.DoesNotMatch("id=\"survey-comment\"[^>]*checked", page);
    }

    [Fact]
    public async Task Too_long_question_and_unknown_scale_are_shown_next_to_their_fields_and_nothing_is_saved()
    {
        var id = await fixture.DraftAsync(Flow("survey-invalid", "Hi"));
        var editor = await fixture.SignedInAsync();
        var before = await fixture.RecordAsync(id);

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/options",
            Fields(before.DraftVersion.ToString(), scale: "Smileys", question: new string('?', SurveySettings.MaxTextLength + 1), askComment: true));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(ErrorSpan("Input_SurveyScale_error", "Choose stars or thumbs."), html);
        Assert.Matches(ErrorSpan("Input_SurveyQuestion_error", "The survey question is at most 300 characters."), html);
        Assert.DoesNotContain("is not valid", html, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task Agent_cannot_switch_the_survey_on_by_posting()
    {
        var id = await fixture.DraftAsync(Flow("survey-agent", "Hi"));
        var agent = await fixture.SignedInAsync(ChatflowAdminFixture.AgentEmail);
        var version = (await fixture.RecordAsync(id)).DraftVersion.ToString();
        var fields = Fields(version, scale: "Stars", question: "Rate us", askComment: true);
        fields["__RequestVerificationToken"] = await TokenFromDashboardAsync(agent);

        var response = await agent.Http.PostAsync($"/admin/chatflows/{id}/options", new FormUrlEncodedContent(fields));

        Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.False(FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson).Survey.Enabled);
    }

    private static Regex ErrorSpan(string id, string message) => new($"id=\"{id}\"[^>]*>{Regex.Escape(message)}<");

    private static Task<string> TokenFromDashboardAsync(Infrastructure.AdminClient client) =>
        // An agent has no chatflow form to take a token from; the dashboard's sign-out form has a valid one.
        client.TokenAsync("/admin");

    private static Dictionary<string, string> Fields(string version, string scale, string question, bool askComment)
    {
        var fields = new Dictionary<string, string>
        {
            ["DraftVersion"] = version, ["Input.Name"] = "Survey test", ["Input.Language"] = "en", ["Input.TypingDelayMs"] = "600",
            ["Input.SessionTimeoutMinutes"] = "30", ["Input.ErrorMessage"] = "Oops.", ["Input.CookieConsentWhen"] = "BeforeChat",
            ["Input.DataProcessingType"] = "Explicit", ["Input.PrivacyPolicyUrl"] = "",
            ["Input.SurveyEnabled"] = "true", ["Input.SurveyScale"] = scale, ["Input.SurveyQuestion"] = question,
            ["Input.SurveyCommentPrompt"] = "Anything to add?",
        };
        if (askComment)
        {
            fields["Input.SurveyAskComment"] = "true";
        }

        return fields;
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Admin;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Surveys;

/// <summary>
/// Reusable surveys (O9, "link an existing survey or create a new one"): defined once in the library, picked on the
/// Options tab of several chatflows, asked by the widget, answered through the visitor API, counted per survey and per chatflow.
/// </summary>
public sealed partial class SurveyLibraryTests : IAsyncLifetime
{
    // The Options tab's own form, after the header's switch and publish forms.
    private const string OptionsForm = "<form method=\"post\" class=\"cf-form cf-form-wide\"";

    private ChatflowsFactory _host = null!;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_survey_picked_by_two_chatflows_is_asked_by_both_and_counted_per_survey_and_per_chatflow(DatabaseProvider provider)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            // Each test has a host of its own: this one runs on the other provider instead.
            await _host.DisposeAsync();
            _host = await ChatflowsFactory.StartAsync(provider);
        }

        var admin = await AdminUsers.AdministratorAsync(_host);
        await DraftAsync("shop-en", "en");
        await DraftAsync("shop-nl", "nl");
        await DraftAsync("own-survey", "en", own: new SurveySettings { Enabled = true, Scale = SurveyScale.Stars });
        var survey = await CreateFromOptionsAsync(admin, "shop-en", "Shop satisfaction", "Thumbs", question: "");
        await PickAsync(admin, "shop-nl", survey);
        foreach (var id in new[] { "shop-en", "shop-nl", "own-survey" })
        {
            await PublishAndSwitchOnAsync(admin, id);
        }

        var english = await WidgetSurveyAsync("shop-en");
        var dutch = await WidgetSurveyAsync("shop-nl");
        Assert.Equal(("thumbs", "How would you rate this conversation?", ""), english);
        Assert.Equal(("thumbs", "Hoe beoordeel je dit gesprek?", ""), dutch);

        Assert.Equal(HttpStatusCode.Created, await RateAsync("shop-en", 5));
        Assert.Equal(HttpStatusCode.Created, await RateAsync("shop-nl", 1));
        Assert.Equal(HttpStatusCode.Created, await RateAsync("shop-nl", 5));
        Assert.Equal(HttpStatusCode.Created, await RateAsync("own-survey", 2));

        var bySurvey = await admin.Http.GetStringAsync($"/admin/surveys?survey={survey}");
        Assert.Equal(("3", "3.67"), (Text(bySurvey, "survey-count"), Text(bySurvey, "survey-average")));
        var bySurveyRows = HtmlPage.Parse(bySurvey).Rows();
        Assert.Contains("Test shop-en | 1 | 5.00", bySurveyRows);
        Assert.Contains("Test shop-nl | 2 | 3.00", bySurveyRows);
        Assert.DoesNotContain(bySurveyRows, r => r.StartsWith("Test own-survey |", StringComparison.Ordinal));

        var oneChatflow = await admin.Http.GetStringAsync($"/admin/surveys?survey={survey}&chatflow=shop-nl");
        Assert.Equal(("2", "3.00"), (Text(oneChatflow, "survey-count"), Text(oneChatflow, "survey-average")));

        var all = await admin.Http.GetStringAsync("/admin/surveys");
        var allRows = HtmlPage.Parse(all).Rows();
        Assert.Contains("Shop satisfaction | 3 | 3.67", allRows);
        Assert.Contains("Chatflows' own surveys | 1 | 2.00", allRows);
        var own = await admin.Http.GetStringAsync("/admin/surveys?survey=(own)");
        Assert.Equal(("1", "2.00"), (Text(own, "survey-count"), Text(own, "survey-average")));
    }

    [Fact]
    public async Task Editing_a_library_survey_changes_what_every_chatflow_that_picked_it_asks()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        await DraftAsync("edit-a", "en");
        await DraftAsync("edit-b", "en");
        var survey = await CreateFromOptionsAsync(admin, "edit-a", "Edited survey", "Stars", question: "First question?");
        await PickAsync(admin, "edit-b", survey);
        await PublishAndSwitchOnAsync(admin, "edit-a");
        await PublishAndSwitchOnAsync(admin, "edit-b");
        var library = await admin.Http.GetStringAsync("/admin/surveys/library");
        Assert.Contains("Test edit-a, Test edit-b", HtmlPage.Parse(library).Texts("td"));

        var edit = HtmlForm.Fields(await admin.Http.GetStringAsync($"/admin/surveys/edit/{survey}"));
        edit["Input.Scale"] = "Stars";
        edit["Input.Question"] = "Did we <b>help</b>?";
        edit["Input.AskComment"] = "true";
        edit["Input.CommentPrompt"] = "Tell us more";
        var saved = await admin.Http.PostAsync($"/admin/surveys/edit/{survey}", new FormUrlEncodedContent(edit));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("stars", "Did we <b>help</b>?", "Tell us more"), await WidgetSurveyAsync("edit-a"));
        Assert.Equal(("stars", "Did we <b>help</b>?", "Tell us more"), await WidgetSurveyAsync("edit-b"));
    }

    [Fact]
    public async Task Bad_survey_input_is_a_400_with_the_message_at_its_field_and_nothing_is_saved()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        await CreateAsync(admin, "Taken name", "Stars");
        var before = await CountAsync();

        var invalid = await admin.PostFormAsync("/admin/surveys/create", new()
        {
            ["Input.Name"] = " ", ["Input.Scale"] = "Smileys", ["Input.Question"] = new string('?', SurveySettings.MaxTextLength + 1),
        });
        var html = await invalid.Content.ReadAsStringAsync();
        var duplicate = await admin.PostFormAsync("/admin/surveys/create", new() { ["Input.Name"] = "Taken name", ["Input.Scale"] = "Stars" });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Matches(ErrorSpan("Input_Name_error", "Give the survey a name of 1 to 100 characters."), html);
        Assert.Matches(ErrorSpan("Input_Scale_error", "Choose stars or thumbs."), html);
        Assert.Matches(ErrorSpan("Input_Question_error", "The survey question is at most 300 characters."), html);
        Assert.DoesNotContain("is not valid", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Matches(ErrorSpan("Input_Name_error", "Another survey already has this name."), await duplicate.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/admin/surveys/edit/no-such-survey")).StatusCode);
    }

    [Fact]
    public async Task The_options_tab_refuses_a_survey_that_is_not_in_the_library()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        await DraftAsync("typed-id", "en");
        var before = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().FindAsync("typed-id", default));
        var fields = HtmlForm.Fields(await admin.Http.GetStringAsync("/admin/chatflows/typed-id/options"), OptionsForm);
        fields["Input.SurveyEnabled"] = "true";
        fields["Input.SurveyId"] = "made-up";

        var response = await admin.Http.PostAsync("/admin/chatflows/typed-id/options", new FormUrlEncodedContent(fields));

        Assert.Matches(ErrorSpan("Input_SurveyId_error", "Choose a survey from the list, or this chatflow&#x27;s own survey."), await response.Content.ReadAsStringAsync());
        var after = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().FindAsync("typed-id", default));
        Assert.Equal(before!.DraftVersion, after!.DraftVersion);
    }

    [Fact]
    public async Task Agents_may_not_open_or_change_the_library()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var survey = await CreateAsync(admin, "Not for agents", "Stars");
        var agent = await AdminUsers.InRoleAsync(_host, global::Chatflows.Security.Roles.Agent);
        var token = HtmlForm.Fields(await agent.Http.GetStringAsync("/admin"), "<form class=\"cf-signout\" method=\"post\"")["__RequestVerificationToken"];

        var list = await agent.Http.GetAsync("/admin/surveys/library");
        var create = await agent.Http.PostAsync("/admin/surveys/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "By an agent", ["Input.Scale"] = "Stars", ["__RequestVerificationToken"] = token,
        }));
        var delete = await agent.Http.PostAsync($"/admin/surveys/delete/{survey}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["acknowledged"] = "true", ["__RequestVerificationToken"] = token,
        }));

        foreach (var response in new[] { list, create, delete })
        {
            Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        var names = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Surveys.Select(x => x.Name).ToListAsync());
        Assert.Contains("Not for agents", names);
        Assert.DoesNotContain("By an agent", names);
    }

    [Fact]
    public async Task Deleting_a_survey_a_published_chatflow_asks_warns_first_then_it_asks_none_and_publishing_is_refused()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        await DraftAsync("loses-survey", "en");
        var survey = await CreateFromOptionsAsync(admin, "loses-survey", "Short-lived survey", "Stars", question: "Rate us");
        await PublishAndSwitchOnAsync(admin, "loses-survey");

        var warning = await admin.PostFormAsync($"/admin/surveys/delete/{survey}", [], formPage: $"/admin/surveys/delete/{survey}");
        var warned = await warning.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, warning.StatusCode);
        Assert.Equal("Test loses-survey", HtmlPage.Parse(warned).One("a[href='/admin/chatflows/loses-survey/options#Input_SurveyId']").TextContent.Trim());
        Assert.Equal(("stars", "Rate us", "Anything you'd like to add? (optional)"), await WidgetSurveyAsync("loses-survey"));

        var deleted = await admin.PostFormAsync($"/admin/surveys/delete/{survey}", new() { ["acknowledged"] = "true" }, formPage: $"/admin/surveys/delete/{survey}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await WidgetSurveyAsync("loses-survey"));
        Assert.Equal(HttpStatusCode.Conflict, await RateAsync("loses-survey", 4));

        var refused = await (await admin.PostFormAsync("/admin/chatflows/loses-survey/publish", [], formPage: "/admin/chatflows/loses-survey")).Content.ReadAsStringAsync();
        Assert.Contains("Publishing was refused", refused, StringComparison.Ordinal);
        Assert.Contains("The survey &#x27;short-lived-survey&#x27; no longer exists.", refused, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/chatflows/loses-survey/options#Input_SurveyId\"", refused, StringComparison.Ordinal);
        var options = await admin.Http.GetStringAsync("/admin/chatflows/loses-survey/options");
        Assert.Contains("short-lived-survey (no longer exists)", options, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_defines_a_survey_once_and_a_chatflow_of_a_later_step_picks_it()
    {
        const string recipe = """
            { "steps": [
              { "name": "surveys", "surveys": [ { "id": "recipe-csat", "name": "Recipe satisfaction", "scale": "thumbs", "question": "Helpful?", "askComment": false } ] },
              { "name": "chatflows", "chatflows": [ {
                "flow": { "id": "recipe-flow", "name": "Recipe flow", "language": "en", "welcomeMessage": "Hi!",
                          "actions": [ { "id": "end", "type": "endConversation", "settings": { "message": "Bye!" } } ] },
                "survey": { "enabled": true, "surveyId": "recipe-csat" } } ] }
            ] }
            """;

        var applied = await _host.InScopeAsync(s => s.GetRequiredService<global::Chatflows.Recipes.RecipeExecutor>().ApplyAsync("survey-library", recipe, CancellationToken.None));

        Assert.True(applied);
        Assert.Equal(("thumbs", "Helpful?", ""), await WidgetSurveyAsync("recipe-flow"));
        Assert.Equal(HttpStatusCode.Created, await RateAsync("recipe-flow", 5));
        var answer = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().SurveyResponses.SingleAsync(r => r.ChatflowId == "recipe-flow"));
        Assert.Equal(("recipe-csat", "thumbs"), (answer.SurveyId, answer.Scale));
    }

    private static Regex ErrorSpan(string id, string message) => new($"id=\"{id}\"[^>]*>{Regex.Escape(message)}<");

    private static string Text(string html, string id) => Regex.Match(html, $"id=\"{id}\">([^<]*)<").Groups[1].Value;

    private Task DraftAsync(string id, string language, SurveySettings? own = null) => _host.InScopeAsync(async s =>
    {
        var flow = Flow(id, "Hi!", Action("end", "endConversation", new { message = "Bye!" })) with { Language = language, Survey = own ?? new SurveySettings() };
        var saved = await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(flow, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
    });

    private static async Task<string> CreateAsync(AdminClient admin, string name, string scale)
    {
        var response = await admin.PostFormAsync("/admin/surveys/create", new() { ["Input.Name"] = name, ["Input.Scale"] = scale, ["Input.AskComment"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var library = await admin.Http.GetStringAsync("/admin/surveys/library");
        return Regex.Match(library, $"<td>{Regex.Escape(name)} <code>([a-z0-9-]+)</code>").Groups[1].Value;
    }

    /// <summary>"Create a new survey" from a chatflow's Options tab: back on the tab the new survey is picked; saving the tab links it.</summary>
    private static async Task<string> CreateFromOptionsAsync(AdminClient admin, string chatflowId, string name, string scale, string question)
    {
        var options = $"/admin/chatflows/{chatflowId}/options";
        var created = await admin.PostFormAsync($"/admin/surveys/create?returnUrl={Uri.EscapeDataString(options)}", new()
        {
            ["Input.Name"] = name, ["Input.Scale"] = scale, ["Input.Question"] = question, ["Input.AskComment"] = scale == "Stars" ? "true" : "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var back = created.Headers.Location!.OriginalString;
        Assert.StartsWith(options + "?createdSurvey=", back, StringComparison.Ordinal);

        var fields = HtmlForm.Fields(await admin.Http.GetStringAsync(back), OptionsForm);
        var saved = await admin.Http.PostAsync(options, new FormUrlEncodedContent(fields));

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await ErrorsAsync(saved));
        return Assert.Single(back.Split("createdSurvey=")[1..]);
    }

    private static async Task PickAsync(AdminClient admin, string chatflowId, string surveyId)
    {
        var options = $"/admin/chatflows/{chatflowId}/options";
        var fields = HtmlForm.Fields(await admin.Http.GetStringAsync(options), OptionsForm);
        fields["Input.SurveyEnabled"] = "true";
        fields["Input.SurveyId"] = surveyId;
        var saved = await admin.Http.PostAsync(options, new FormUrlEncodedContent(fields));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await ErrorsAsync(saved));
    }

    // What a re-rendered form says is wrong, for a failure message.
    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        $"{response.StatusCode}: " + string.Join(" | ", Regex.Matches(await response.Content.ReadAsStringAsync(), "class=\"(?:cf-field-error|cf-errors)[^\"]*\"[^>]*>(.*?)</", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value.Trim()).Where(t => t.Length > 0));

    private static async Task PublishAndSwitchOnAsync(AdminClient admin, string id)
    {
        var published = await admin.PostFormAsync($"/admin/chatflows/{id}/publish", [], formPage: $"/admin/chatflows/{id}");
        Assert.DoesNotContain("Publishing was refused", await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var on = await admin.PostFormAsync("/admin/chatflows?handler=Switch", new() { ["id"] = id, ["enabled"] = "true" }, formPage: "/admin/chatflows");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
    }

    /// <summary>What the widget is told to ask for this chatflow: scale, question, comment label; null when no survey.</summary>
    private async Task<(string, string, string)?> WidgetSurveyAsync(string chatflowId)
    {
        var json = await _host.CreateClient().GetStringAsync($"/chatflows/api/widget?url={Uri.EscapeDataString("http://localhost/any")}&chatflow={chatflowId}");
        var chatflow = JsonDocument.Parse(json).RootElement.GetProperty("chatflow");
        Assert.Equal(chatflowId, chatflow.GetProperty("id").GetString());
        return chatflow.TryGetProperty("survey", out var survey) && survey.ValueKind == JsonValueKind.Object
            ? (survey.GetProperty("scale").GetString()!, survey.GetProperty("question").GetString()!, survey.GetProperty("commentPrompt").GetString()!)
            : null;
    }

    /// <summary>A new visitor's conversation on the chatflow (it ends at once), rated through the widget's API.</summary>
    private async Task<HttpStatusCode> RateAsync(string chatflowId, int rating)
    {
        var (visitor, id) = await Tickets.TicketScenarios.ConverseAsync(_host, chatflowId);
        var response = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{id}/survey", new { rating, comment = "Rated " + rating });
        return response.StatusCode;
    }

    private Task<int> CountAsync() => _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Surveys.CountAsync());

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Core.Flows;
using Chatflows.KnowledgeBase;
using Chatflows.Recipes;
using Chatflows.Tickets;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Admin.Chatflows;

/// <summary>
/// What the wizard sets once stays changeable on the tabs (issue 22): the knowledge base and the tickets' pipeline
/// and status on Options, and several display triggers on Display, with documents of one trigger still loading.
/// </summary>
public sealed partial class ChatflowSettingsTabsTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    [Fact]
    public async Task Options_tab_switches_the_help_tab_on_with_a_knowledge_base_and_moves_tickets_to_another_pipeline()
    {
        await fixture.Host.InScopeAsync(async s =>
        {
            Assert.Empty(await s.GetRequiredService<KnowledgeBases>().CreateAsync("kb-options", "Options articles", "en", default));
            Assert.Empty(await s.GetRequiredService<TicketPipelines>().SaveAsync(
                new TicketPipeline("billing", "Billing", [new("open", "Open"), new("done", "Done")]), default));
        });
        var id = await fixture.DraftAsync(Flow("options-kb", "Hi"));
        var editor = await fixture.SignedInAsync();
        var page = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/options");
        var fields = OptionsFields(ChatflowAdminFixture.DraftVersionOf(page));
        fields["Input.KnowledgeBaseEnabled"] = "true";
        fields["Input.KnowledgeBaseId"] = "kb-options";
        fields["Input.TicketPipeline"] = "billing";
        fields["Input.TicketStatus"] = "open";

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/options", fields);
        var draft = FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson);
        var after = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/options");

        Assert.Contains(("kb-options", "Options articles (en)", false), HtmlPage.Parse(page).Options());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new KnowledgeBaseSettings(true, "kb-options"), draft.KnowledgeBase);
        Assert.Equal(new TicketSettings("billing", "open"), draft.Tickets);
        Assert.Matches("id=\"kb-enabled\"[^>]*checked", after);
        Assert.Matches("<option value=\"kb-options\" selected=\"selected\">", after);
        Assert.Matches("<option value=\"billing\" selected=\"selected\">Billing</option>", after);
    }

    [Fact]
    public async Task Options_tab_refuses_an_unknown_knowledge_base_and_a_status_of_another_pipeline_and_saves_nothing()
    {
        var id = await fixture.DraftAsync(Flow("options-bad-ids", "Hi"));
        var editor = await fixture.SignedInAsync();
        var before = await fixture.RecordAsync(id);
        var fields = OptionsFields(before.DraftVersion.ToString());
        fields["Input.KnowledgeBaseEnabled"] = "true";
        fields["Input.KnowledgeBaseId"] = "<script>nope</script>";
        fields["Input.TicketPipeline"] = "support";
        fields["Input.TicketStatus"] = "done-elsewhere";

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/options", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(ErrorSpan("Input_KnowledgeBaseId_error", "Choose a knowledge base from the list."), html);
        Assert.Matches(ErrorSpan("Input_TicketStatus_error", "Choose a status of the pipeline &#x27;Support pipeline&#x27;."), html);
        Assert.DoesNotContain("<script>nope</script>", html, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task Agent_cannot_change_the_knowledge_base_by_posting()
    {
        var id = await fixture.DraftAsync(Flow("options-agent", "Hi"));
        var agent = await fixture.SignedInAsync(ChatflowAdminFixture.AgentEmail);
        var fields = OptionsFields((await fixture.RecordAsync(id)).DraftVersion.ToString());
        fields["Input.KnowledgeBaseEnabled"] = "true";
        fields["__RequestVerificationToken"] = await TokenFromDashboardAsync(agent);

        var response = await agent.Http.PostAsync($"/admin/chatflows/{id}/options", new FormUrlEncodedContent(fields));

        Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.False(FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson).KnowledgeBase.Enabled);
    }

    [Fact]
    public async Task Display_tab_saves_two_triggers_and_the_widget_arms_both()
    {
        var id = await fixture.DraftAsync(Flow("display-two", "Hi"));
        var editor = await fixture.SignedInAsync();
        var fields = DisplayFields((await fixture.RecordAsync(id)).DraftVersion.ToString(), seconds: "20", percent: "500");
        fields["Input.Triggers[0]"] = "ExitIntent";
        fields["Input.Triggers[1]"] = "TimeOnPage";

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/display", fields);
        var draft = FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson);
        var page = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/display");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([DisplayTrigger.ExitIntent, DisplayTrigger.TimeOnPage], draft.Display.Triggers);
        Assert.Equal(20, draft.Display.Seconds);
        Assert.Matches("id=\"trigger-ExitIntent\"[^>]*checked", page);
        Assert.Matches("id=\"trigger-TimeOnPage\"[^>]*checked", page);
        Assert.DoesNotMatch("id=\"trigger-ScrollPercentage\"[^>]*checked", page);
        Assert.Equal(["exitIntent", "timeOnPage"], draft.Display.ToWidget().Triggers);
    }

    [Fact]
    public async Task A_range_is_checked_only_for_a_trigger_that_is_on()
    {
        var id = await fixture.DraftAsync(Flow("display-range", "Hi"));
        var editor = await fixture.SignedInAsync();
        var before = await fixture.RecordAsync(id);
        var fields = DisplayFields(before.DraftVersion.ToString(), seconds: "0", percent: "50");
        fields["Input.Triggers[0]"] = "TimeOnPage";

        var refused = await editor.PostFormAsync($"/admin/chatflows/{id}/display", fields);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        fields.Remove("Input.Triggers[0]");
        fields["Input.Triggers[0]"] = "ScrollPercentage";
        var saved = await editor.PostFormAsync($"/admin/chatflows/{id}/display", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches(ErrorSpan("Input_Seconds_error", "The time on page is 1 to 600 seconds."), refusedHtml);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([DisplayTrigger.ScrollPercentage], FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson).Display.Triggers);
    }

    [Fact]
    public async Task An_unknown_trigger_is_refused_with_a_message_an_editor_understands()
    {
        var id = await fixture.DraftAsync(Flow("display-bad-trigger", "Hi"));
        var editor = await fixture.SignedInAsync();
        var before = await fixture.RecordAsync(id);
        var fields = DisplayFields(before.DraftVersion.ToString(), seconds: "10", percent: "50");
        fields["Input.Triggers[0]"] = "OnFullMoon";

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/display", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(ErrorSpan("Input_Triggers_error", "Choose triggers from exit intent, time on page and share of the page scrolled."), html);
        Assert.DoesNotContain("is not valid", html, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task A_recipe_document_with_one_trigger_loads_as_that_trigger_and_is_saved_in_the_new_shape()
    {
        await fixture.Host.InScopeAsync(s => s.GetRequiredService<RecipeExecutor>().ApplyAsync("old-trigger", """
            { "steps": [ { "name": "chatflows", "chatflows": [ { "id": "old-trigger", "flow": {
              "id": "old-trigger", "name": "Old trigger", "welcomeMessage": "Hi",
              "actions": [ { "id": "bye", "type": "sendMessage", "settings": { "text": "Bye." } } ],
              "display": { "desktopBehavior": "openOnTrigger", "trigger": "scrollPercentage", "percent": 40 } } } ] } ] }
            """, CancellationToken.None));
        var editor = await fixture.SignedInAsync();

        var published = FlowJson.Deserialize((await fixture.RecordAsync("old-trigger")).PublishedJson!);
        var page = await editor.Http.GetStringAsync("/admin/chatflows/old-trigger/display");
        var response = await editor.PostFormAsync("/admin/chatflows/old-trigger/display", FieldsFromPage(page));
        var stored = (await fixture.RecordAsync("old-trigger")).DraftJson;

        Assert.Equal([DisplayTrigger.ScrollPercentage], published.Display.Triggers);
        Assert.Matches("id=\"trigger-ScrollPercentage\"[^>]*checked", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("\"triggers\":[\"scrollPercentage\"]", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("\"trigger\":", stored, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> FieldsFromPage(string page)
    {
        var fields = DisplayFields(ChatflowAdminFixture.DraftVersionOf(page), seconds: "10", percent: "40");
        fields["Input.DesktopBehavior"] = "OpenOnTrigger";
        var i = 0;
        foreach (Match checkedBox in CheckedTrigger().Matches(page))
        {
            fields[$"Input.Triggers[{i++}]"] = checkedBox.Groups[1].Value;
        }

        return fields;
    }

    private static Dictionary<string, string> DisplayFields(string version, string seconds, string percent) => new()
    {
        ["DraftVersion"] = version, ["Input.DesktopBehavior"] = "LauncherThenWelcome", ["Input.MobileBehavior"] = "LauncherOnTrigger",
        ["Input.Seconds"] = seconds, ["Input.Percent"] = percent,
    };

    private static Dictionary<string, string> OptionsFields(string version) => new()
    {
        ["DraftVersion"] = version, ["Input.Name"] = "Settings test", ["Input.Language"] = "en", ["Input.TypingDelayMs"] = "600",
        ["Input.SessionTimeoutMinutes"] = "30", ["Input.ErrorMessage"] = "Oops.", ["Input.CookieConsentWhen"] = "BeforeChat",
        ["Input.DataProcessingType"] = "Explicit", ["Input.PrivacyPolicyUrl"] = "", ["Input.SurveyScale"] = "Stars",
        ["Input.TicketPipeline"] = "support", ["Input.TicketStatus"] = "new",
    };

    private static Task<string> TokenFromDashboardAsync(Infrastructure.AdminClient client) =>
        // An agent has no chatflow form to take a token from; the dashboard's sign-out form has a valid one.
        client.TokenAsync("/admin");

    private static Regex ErrorSpan(string id, string message) => new($"id=\"{id}\"[^>]*>{Regex.Escape(message)}<");

    [GeneratedRegex("<input type=\"checkbox\" id=\"trigger-[A-Za-z]+\" name=\"Input.Triggers\" value=\"([A-Za-z]+)\" checked")]
    private static partial Regex CheckedTrigger();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin;

public sealed class BuilderPageTests : IAsyncLifetime
{
    private const string BuildUrl = "/admin/chatflows/builder-test/build";
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Editor_saves_the_welcome_message_and_a_new_setting()
    {
        var editor = await AdminUsers.InRoleAsync(_host, Roles.Editor);
        var fields = await FormAsync(editor);
        fields["Welcome"] = "Hello {{ contact.firstname | default: \"friend\" }}!";
        fields["A[0].S.text"] = "Second line";
        fields["op"] = "save";

        var response = await PostAsync(editor, fields);
        var draft = await DraftAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Hello {{ contact.firstname | default: \"friend\" }}!", draft.WelcomeMessage);
        Assert.Equal("Second line", draft.Actions[0].Settings["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Broken_liquid_is_refused_at_save_and_the_input_is_kept()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        fields["A[0].S.text"] = "Hi {{ contact.firstname ";
        fields["op"] = "save";

        var response = await PostAsync(admin, fields);
        var html = await response.Content.ReadAsStringAsync();
        var draft = await DraftAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("template error", html, StringComparison.Ordinal);
        Assert.Contains("Hi {{ contact.firstname </textarea>", html, StringComparison.Ordinal);
        Assert.Equal("Hello", draft.Actions[0].Settings["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Save_against_an_old_version_is_a_conflict_that_keeps_the_input()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            var (draft, version) = (await store.GetDraftAsync("builder-test", default))!.Value;
            Assert.True((await store.SaveDraftAsync(draft with { WelcomeMessage = "Theirs" }, version, default)).Succeeded);
        });
        fields["Welcome"] = "Mine";
        fields["op"] = "save";

        var response = await PostAsync(admin, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The draft changed since you opened it", html, StringComparison.Ordinal);
        Assert.Contains(">Mine</textarea>", html, StringComparison.Ordinal);
        Assert.Equal("Theirs", (await DraftAsync()).WelcomeMessage);
    }

    [Fact]
    public async Task Save_over_theirs_after_a_conflict_stores_mine()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        var latest = await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            var (draft, version) = (await store.GetDraftAsync("builder-test", default))!.Value;
            return (await store.SaveDraftAsync(draft with { WelcomeMessage = "Theirs" }, version, default)).Version;
        });
        fields["Welcome"] = "Mine";
        fields["op"] = "save-over";
        fields["over"] = latest.ToString();

        var response = await PostAsync(admin, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Mine", (await DraftAsync()).WelcomeMessage);
    }

    [Fact]
    public async Task Insert_puts_the_new_action_between_its_neighbours_without_saving()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        fields["op"] = "insert:1:endConversation";

        var response = await PostAsync(admin, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"A[1].Id\" value=\"end-conversation-1\"", html, StringComparison.Ordinal);
        Assert.Matches(SelectedNext(0, "end-conversation-1"), html);
        Assert.Matches(SelectedNext(1, "bye"), html);
        Assert.Equal(2, (await DraftAsync()).Actions.Count);
    }

    [Fact]
    public async Task Unreachable_action_is_warned_and_reconnect_links_it_after_the_one_above()
    {
        await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            var (draft, version) = (await store.GetDraftAsync("builder-test", default))!.Value;
            var cut = draft with { Actions = [draft.Actions[0] with { Next = null }, draft.Actions[1]] };
            Assert.True((await store.SaveDraftAsync(cut, version, default)).Succeeded);
        });
        var admin = await AdminUsers.AdministratorAsync(_host);
        var page = await admin.Http.GetStringAsync(BuildUrl);
        var fields = await FormAsync(admin);
        fields["op"] = "reconnect:bye";

        var response = await PostAsync(admin, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Nothing leads to this action.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"reconnect:bye\"", page, StringComparison.Ordinal);
        Assert.Matches(SelectedNext(0, "bye"), html);
        Assert.DoesNotContain("Nothing leads to this action.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Branch_is_added_and_saved_with_its_condition()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        fields["op"] = "branch:hello";
        var added = await PostAsync(admin, fields);
        var html = await added.Content.ReadAsStringAsync();
        fields = Fields(html);
        fields["A[0].B[0].Source"] = "contactProperty";
        fields["A[0].B[0].Property"] = "plan";
        fields["A[0].B[0].Operator"] = "equals";
        fields["A[0].B[0].Value"] = "pro";
        fields["A[0].B[0].GoTo"] = "bye";
        fields["op"] = "save";

        var saved = await PostAsync(admin, fields, Token(html));
        var branch = Assert.Single((await DraftAsync()).Actions[0].Branches);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ConditionSource.ContactProperty, branch.When.Source);
        Assert.Equal("plan", branch.When.Property);
        Assert.Equal("pro", branch.When.Value);
        Assert.Equal("bye", branch.GoTo);
    }

    [Fact]
    public async Task Overview_graph_links_every_action_and_labels_branches()
    {
        await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            var (draft, version) = (await store.GetDraftAsync("builder-test", default))!.Value;
            var branched = draft with { Actions = [draft.Actions[0] with { Branches = [new Branch(new Condition { Value = "yes" }, "bye")] }, draft.Actions[1]] };
            Assert.True((await store.SaveDraftAsync(branched, version, default)).Succeeded);
        });
        var admin = await AdminUsers.AdministratorAsync(_host);

        var html = await admin.Http.GetStringAsync(BuildUrl);

        HtmlPage.Parse(html).One("svg.cf-overview-graph");
        Assert.Contains("href=\"/admin/chatflows/builder-test/build?open=hello#action-hello\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/chatflows/builder-test/build?open=bye#action-bye\"", html, StringComparison.Ordinal);
        Assert.Contains("answer = yes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_text_in_the_flow_is_shown_encoded()
    {
        await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChatflowStore>();
            var (draft, version) = (await store.GetDraftAsync("builder-test", default))!.Value;
            Assert.True((await store.SaveDraftAsync(draft with { WelcomeMessage = "<script>alert(1)</script>" }, version, default)).Succeeded);
        });
        var admin = await AdminUsers.AdministratorAsync(_host);

        var html = await admin.Http.GetStringAsync(BuildUrl);

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plug_in_actions_appear_in_the_menu_with_a_generated_settings_form()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        fields["op"] = "insert:2:webhook";

        var html = await (await PostAsync(admin, fields)).Content.ReadAsStringAsync();

        Assert.Contains("value=\"insert:0:webhook\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"A[2].S.url\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"A[2].S.includeContact\" value=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_is_refused_the_builder_page_and_its_posts()
    {
        var agent = await AdminUsers.InRoleAsync(_host, Roles.Agent);
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        fields["op"] = "save";
        fields["Welcome"] = "Agent was here";

        var page = await agent.Http.GetAsync(BuildUrl);
        var post = await agent.Http.PostAsync(BuildUrl, new FormUrlEncodedContent(fields));
        var preview = await agent.Http.PostAsJsonAsync("/admin/chatflows/builder-test/preview/chatflows/api/conversations", new { chatflowId = "builder-test" });
        var denied = await agent.Http.GetAsync(page.Headers.Location);

        Assert.StartsWith("/admin/account/access-denied", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", post.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", preview.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("Hello there", (await DraftAsync()).WelcomeMessage);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        fields.Remove("__RequestVerificationToken");
        fields["op"] = "save";

        var response = await admin.Http.PostAsync(BuildUrl, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_operation_is_a_bad_request_and_unknown_chatflow_is_not_found()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FormAsync(admin);
        fields["op"] = "explode:now";

        var bad = await PostAsync(admin, fields);
        var missing = await admin.Http.GetAsync("/admin/chatflows/no-such-flow/build");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Preview_runs_the_draft_as_a_preview_conversation()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        const string api = "/admin/chatflows/builder-test/preview/chatflows/api";

        var config = await admin.Http.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"{api}/widget");
        var started = await admin.Http.PostAsJsonAsync($"{api}/conversations", new { chatflowId = "builder-test" });
        var body = (await started.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        var conversationId = body["conversationId"]!.GetValue<string>();
        var stored = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.SingleAsync(c => c.Id == conversationId));

        Assert.Equal("builder-test", config!["chatflow"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Contains("Hello there", body.ToJsonString(), StringComparison.Ordinal);
        Assert.True(stored.IsPreview);
    }

    [Fact]
    public async Task Preview_event_stream_answers_no_content_so_the_widget_stops_asking_and_agents_are_refused()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var agent = await AdminUsers.InRoleAsync(_host, Roles.Agent);
        const string api = "/admin/chatflows/builder-test/preview/chatflows/api";
        var started = await admin.Http.PostAsJsonAsync($"{api}/conversations", new { chatflowId = "builder-test" });
        var conversationId = (await started.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["conversationId"]!.GetValue<string>();

        var events = await admin.Http.GetAsync($"{api}/conversations/{conversationId}/events?after=0");
        var typing = await admin.Http.PostAsJsonAsync($"{api}/conversations/{conversationId}/typing", new { typing = true });
        var refused = await agent.Http.GetAsync($"{api}/conversations/{conversationId}/events?after=0");

        Assert.Equal(HttpStatusCode.NoContent, events.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, typing.StatusCode);
        Assert.StartsWith("/admin/account/access-denied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static Regex SelectedNext(int index, string target) =>
        new($"name=\"A\\[{index}\\]\\.Next\">(?:(?!</select>).)*<option value=\"{Regex.Escape(target)}\" selected=\"selected\"", RegexOptions.Singleline);

    private async Task<Chatflow> DraftAsync() =>
        await _host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().GetDraftAsync("builder-test", default))!.Value.Draft);

    private static async Task<Dictionary<string, string>> FormAsync(AdminClient client) => Fields(await client.Http.GetStringAsync(BuildUrl));

    private static Task<HttpResponseMessage> PostAsync(AdminClient client, Dictionary<string, string> fields, string? token = null)
    {
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return client.Http.PostAsync(BuildUrl, new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> Fields(string html) => HtmlForm.Fields(html, "<form method=\"post\" id=\"cf-builder\"");

    private static string Token(string html) => Antiforgery.TokenOf(html);

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await _host.InScopeAsync(async s =>
        {
            var saved = await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(
                Flow("builder-test", "Hello there", Action("hello", "sendMessage", new { text = "Hello" }, next: "bye"),
                    Action("bye", "endConversation", new { message = "Bye" })), default);
            Assert.True(saved.Succeeded);
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

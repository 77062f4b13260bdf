using System.Net;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin;

/// <summary>Quick replies as rows in the builder (B2): added, edited, moved and removed by form posts, without JavaScript.</summary>
public sealed class BuilderRowsTests : IAsyncLifetime
{
    private const string BuildUrl = "/admin/chatflows/rows-test/build";
    private const string Form = "<form method=\"post\" id=\"cf-builder\"";
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Quick_reply_rows_are_added_edited_moved_and_removed_keeping_stored_values_and_branches()
    {
        var editor = await AdminUsers.InRoleAsync(_host, Roles.Editor);
        var html = await editor.Http.GetStringAsync(BuildUrl);
        Assert.Contains("value=\"Yes\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"A[0].S.quickReplies\"", html, StringComparison.Ordinal);

        html = await OpAsync(editor, html, "row-add:ask:quickReplies");
        var fields = HtmlForm.Fields(html, Form);
        fields["A[0].S.quickReplies[2].label"] = "Maybe";
        fields["A[0].S.quickReplies[2].value"] = "maybe";
        html = await OpAsync(editor, fields, "row-up:ask:quickReplies:2");
        Assert.Contains("Move<span class=\"cf-visually-hidden\"> &#x27;Maybe&#x27;</span> up", html, StringComparison.Ordinal);
        html = await OpAsync(editor, html, "row-remove:ask:quickReplies:2");
        fields = HtmlForm.Fields(html, Form);
        fields["A[0].S.quickReplies[0].label"] = "Yes please";
        fields["op"] = "save";
        var saved = await editor.Http.PostAsync(BuildUrl, new FormUrlEncodedContent(fields));
        var ask = (await DraftAsync()).Actions[0];

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("""[{"label":"Yes please","value":"yes"},{"label":"Maybe","value":"maybe"}]""", ask.Settings["quickReplies"]!.ToJsonString());
        Assert.Equal("yes", Assert.Single(ask.Branches).When.Value);
        Assert.Equal("said-yes", ask.Branches[0].GoTo);
    }

    [Fact]
    public async Task An_empty_added_row_is_not_stored_and_hostile_labels_are_shown_as_text()
    {
        var editor = await AdminUsers.InRoleAsync(_host, Roles.Editor);
        var html = await OpAsync(editor, await editor.Http.GetStringAsync(BuildUrl), "row-add:ask:quickReplies");
        var fields = HtmlForm.Fields(html, Form);
        fields["A[0].S.quickReplies[2].label"] = "<script>alert(1)</script>";
        html = await OpAsync(editor, fields, "row-add:ask:quickReplies");

        Assert.Contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        fields = HtmlForm.Fields(html, Form);
        fields["op"] = "save";
        await editor.Http.PostAsync(BuildUrl, new FormUrlEncodedContent(fields));
        var replies = (await DraftAsync()).Actions[0].Settings["quickReplies"]!.AsArray();
        Assert.Equal(3, replies.Count);
        Assert.Equal("<script>alert(1)</script>", replies[2]!["label"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("row-up:ask:nosuch:0")]
    [InlineData("row-remove:ask:quickReplies:9")]
    [InlineData("row-down:missing:quickReplies:0")]
    [InlineData("row-add:ask:text")]
    public async Task A_row_button_for_a_row_or_list_that_does_not_exist_is_a_400(string op)
    {
        var editor = await AdminUsers.InRoleAsync(_host, Roles.Editor);
        var fields = HtmlForm.Fields(await editor.Http.GetStringAsync(BuildUrl), Form);
        fields["op"] = op;

        var response = await editor.Http.PostAsync(BuildUrl, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_agent_cannot_use_the_row_buttons()
    {
        var editor = await AdminUsers.InRoleAsync(_host, Roles.Editor);
        var agent = await AdminUsers.InRoleAsync(_host, Roles.Agent);
        var fields = HtmlForm.Fields(await editor.Http.GetStringAsync(BuildUrl), Form);
        fields["op"] = "row-add:ask:quickReplies";

        var response = await agent.Http.PostAsync(BuildUrl, new FormUrlEncodedContent(fields));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await DraftAsync()).Actions[0].Settings["quickReplies"]!.AsArray().Count);
    }

    private static async Task<string> OpAsync(AdminClient client, string html, string op) => await OpAsync(client, HtmlForm.Fields(html, Form), op);

    private static async Task<string> OpAsync(AdminClient client, Dictionary<string, string> fields, string op)
    {
        fields["op"] = op;
        var response = await client.Http.PostAsync(BuildUrl, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Chatflow> DraftAsync() =>
        await _host.InScopeAsync(async s => (await s.GetRequiredService<ChatflowStore>().GetDraftAsync("rows-test", default))!.Value.Draft);

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await _host.InScopeAsync(async s =>
        {
            var saved = await s.GetRequiredService<ChatflowStore>().CreateOrReplaceAsync(
                Flow("rows-test", "Hello",
                    Action("ask", "askQuestion", new { text = "Shall we?", quickReplies = new object[] { new { label = "Yes", value = "yes" }, new { label = "No" } }, allowFreeText = false },
                        "said-no", new Branch(new Condition { Source = ConditionSource.Answer, Operator = ConditionOperator.Equals, Value = "yes" }, "said-yes")),
                    Action("said-yes", "sendMessage", new { text = "Great" }),
                    Action("said-no", "sendMessage", new { text = "Fine" })), default);
            Assert.True(saved.Succeeded);
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

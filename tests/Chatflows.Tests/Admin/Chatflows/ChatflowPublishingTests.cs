using System.Net;
using System.Text.Json;
using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Admin.Chatflows;

public sealed class ChatflowPublishingTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    [Fact]
    public async Task Publish_is_refused_with_errors_linked_to_the_action()
    {
        var id = await fixture.DraftAsync(Flow("broken-publish", "Hi", Action("greet", "sendMessage", new { text = "Hello" }, next: "missing")));
        var editor = await fixture.SignedInAsync();

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/publish", [], formPage: $"/admin/chatflows/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Publishing was refused", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/chatflows/{id}/build#action-greet\"", html, StringComparison.Ordinal);
        Assert.Contains("The next action &#x27;missing&#x27; does not exist.", html, StringComparison.Ordinal);
        Assert.Null((await fixture.RecordAsync(id)).PublishedJson);
        Assert.Empty(await VersionsAsync(id));
    }

    [Fact]
    public async Task Publish_is_refused_when_the_welcome_message_doubles_a_captured_string()
    {
        const string welcome = "{% for i in (1..40) %}{% capture a %}{{a}}{{a}}{% endcapture %}{% endfor %}Hi";
        var id = await fixture.DraftAsync(Flow("doubling-publish", welcome));
        var editor = await fixture.SignedInAsync();

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/publish", [], formPage: $"/admin/chatflows/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Publishing was refused", html, StringComparison.Ordinal);
        Assert.Contains("The capture &#x27;a&#x27; would exceed", html, StringComparison.Ordinal);
        Assert.Null((await fixture.RecordAsync(id)).PublishedJson);
    }

    [Fact]
    public async Task Publishing_keeps_each_version_with_who_and_when_and_audits_it()
    {
        var id = await fixture.DraftAsync(Flow("versions", "One"));
        var editor = await fixture.SignedInAsync();

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/publish", [], formPage: $"/admin/chatflows/{id}");
        var versions = await VersionsAsync(id);
        var audit = await editor.Http.GetStringAsync($"/admin/audit?chatflow={id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var version = Assert.Single(versions);
        Assert.Equal(1, version.Version);
        Assert.Equal(ChatflowAdminFixture.EditorEmail, version.PublishedBy);
        Assert.Equal("One", FlowJson.Deserialize(version.Json).WelcomeMessage);
        Assert.Equal(ChatflowAdminFixture.EditorEmail, (await fixture.RecordAsync(id)).PublishedBy);
        Assert.Contains("published", audit, StringComparison.Ordinal);
        Assert.Contains("Version 1", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_makes_the_old_version_the_draft_and_publishes_it_as_a_new_version()
    {
        var id = await fixture.DraftAsync(Flow("rollback", "One"));
        await PublishThroughStoreAsync(id, f => f);
        await PublishThroughStoreAsync(id, f => f with { WelcomeMessage = "Two" });
        var editor = await fixture.SignedInAsync();

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/history?handler=Rollback", new() { ["version"] = "1" }, formPage: $"/admin/chatflows/{id}/history");
        var record = await fixture.RecordAsync(id);
        var versions = await VersionsAsync(id);
        var audit = await editor.Http.GetStringAsync($"/admin/audit?chatflow={id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(3, record.PublishedVersion);
        Assert.Equal("One", FlowJson.Deserialize(record.PublishedJson!).WelcomeMessage);
        Assert.Equal(record.PublishedJson, record.DraftJson);
        Assert.Equal("Rolled back to version 1", versions.Single(v => v.Version == 3).Note);
        Assert.Contains("rolled back", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_shows_a_readable_diff_per_field_and_action()
    {
        var id = await fixture.DraftAsync(Flow("diff", "Hello", Action("ask", "sendMessage", new { text = "Old text" })));
        await PublishThroughStoreAsync(id, f => f);
        await PublishThroughStoreAsync(id, f => f with
        {
            WelcomeMessage = "Welcome!",
            Actions = [Action("ask", "sendMessage", new { text = "New text" }, next: "bye"), Action("bye", "endConversation", new { })],
            Display = f.Display with { Triggers = [DisplayTrigger.ExitIntent] },
        });
        var editor = await fixture.SignedInAsync();

        var html = await editor.Http.GetStringAsync($"/admin/chatflows/{id}/history?from=1&to=2");

        Assert.Contains("From version 1 to version 2", html, StringComparison.Ordinal);
        var cells = HtmlPage.Parse(html).Texts("td");
        Assert.Contains("welcome message", cells);
        Assert.Contains("Hello", cells);
        Assert.Contains("Welcome!", cells);
        Assert.Contains("Action ask", cells);
        Assert.Contains("settings \u203A text", cells);
        Assert.Contains("bye", cells);
        Assert.Contains("added", cells);
        Assert.Contains("exitIntent", cells);
        Assert.DoesNotContain("\"welcomeMessage\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_off_hides_the_chatflow_from_the_widget_at_once()
    {
        var flow = Flow("switchable", "Switch me") with
        {
            Targeting = new TargetingRules { Groups = [new FilterGroup { Rules = [new TargetRule { Operator = TargetOperator.Is, Value = "/switch" }] }] },
        };
        await PublishFirstAsync(fixture.Host, flow);
        var editor = await fixture.SignedInAsync();
        var before = await WidgetChatflowAsync("http://localhost/switch");

        var off = await editor.PostFormAsync("/admin/chatflows?handler=Switch", new() { ["id"] = "switchable", ["enabled"] = "false" }, formPage: "/admin/chatflows");
        var whileOff = await WidgetChatflowAsync("http://localhost/switch");
        await editor.PostFormAsync("/admin/chatflows?handler=Switch", new() { ["id"] = "switchable", ["enabled"] = "true" }, formPage: "/admin/chatflows");
        var onAgain = await WidgetChatflowAsync("http://localhost/switch");

        Assert.Equal("switchable", before);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.NotEqual("switchable", whileOff);
        Assert.Equal("switchable", onAgain);
    }

    [Fact]
    public async Task A_chatflows_heading_and_avatar_override_the_channels_in_the_widget()
    {
        var flow = Flow("heading-override", "Hi") with
        {
            Display = new DisplaySettings { HeadingName = "Anna from sales", AvatarUrl = "/images/anna.png" },
            Targeting = new TargetingRules { Groups = [new FilterGroup { Rules = [new TargetRule { Operator = TargetOperator.Is, Value = "/anna" }] }] },
        };
        await PublishFirstAsync(fixture.Host, flow);

        var json = await fixture.Host.CreateClient().GetStringAsync($"/chatflows/api/widget?url={Uri.EscapeDataString("http://localhost/anna")}");
        var other = await fixture.Host.CreateClient().GetStringAsync($"/chatflows/api/widget?url={Uri.EscapeDataString("http://localhost/pricing")}");

        var channel = JsonDocument.Parse(json).RootElement.GetProperty("channel");
        Assert.Equal("Anna from sales", channel.GetProperty("headingName").GetString());
        Assert.Equal("/images/anna.png", channel.GetProperty("avatarUrl").GetString());
        Assert.Equal("Ledgerly", JsonDocument.Parse(other).RootElement.GetProperty("channel").GetProperty("headingName").GetString());
    }

    [Fact]
    public async Task Never_published_chatflow_cannot_be_switched_on()
    {
        var id = await fixture.DraftAsync(Flow("unpublished-switch", "Hi"));
        var editor = await fixture.SignedInAsync();

        await editor.PostFormAsync("/admin/chatflows?handler=Switch", new() { ["id"] = id, ["enabled"] = "true" }, formPage: "/admin/chatflows");

        Assert.False((await fixture.RecordAsync(id)).Enabled);
    }

    [Fact]
    public async Task Delete_is_refused_while_visitors_have_conversations_and_otherwise_deletes_and_audits()
    {
        var talkedTo = await fixture.DraftAsync(Flow("talked-to", "Hi"));
        var unused = await fixture.DraftAsync(Flow("unused", "Hi"));
        await fixture.Host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            db.Conversations.Add(new ConversationRecord { Id = "conv-talked-to", ChatflowId = talkedTo, VisitorId = "v1", StartedUtc = DateTime.UtcNow, LastActivityUtc = DateTime.UtcNow });
            db.Conversations.Add(new ConversationRecord { Id = "conv-preview", ChatflowId = unused, VisitorId = "v2", IsPreview = true, StartedUtc = DateTime.UtcNow, LastActivityUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var editor = await fixture.SignedInAsync();

        var refused = await editor.PostFormAsync($"/admin/chatflows/{talkedTo}/delete", []);
        var deleted = await editor.PostFormAsync($"/admin/chatflows/{unused}/delete", []);
        var audit = await editor.Http.GetStringAsync("/admin/audit");
        var list = await editor.Http.GetStringAsync("/admin/chatflows");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("cannot be deleted", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().FindAsync(talkedTo, CancellationToken.None)));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowStore>().FindAsync(unused, CancellationToken.None)));
        Assert.False(await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.AnyAsync(c => c.Id == "conv-preview")));
        Assert.Contains("deleted", HtmlPage.Parse(audit).Texts("td"));
        Assert.DoesNotContain("href=\"/admin/chatflows/unused\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_makes_an_unpublished_copy_that_is_off()
    {
        var editor = await fixture.SignedInAsync();

        var response = await editor.PostFormAsync("/admin/chatflows?handler=Duplicate", new() { ["id"] = "concierge" }, formPage: "/admin/chatflows");
        var copyId = response.Headers.Location!.OriginalString.Split('/').Last();
        var copy = await fixture.RecordAsync(copyId);
        var original = await fixture.RecordAsync("concierge");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("Copy of ", copy.Name, StringComparison.Ordinal);
        Assert.Null(copy.PublishedJson);
        Assert.False(copy.Enabled);
        Assert.Equal(FlowJson.Deserialize(original.DraftJson).Actions.Count, FlowJson.Deserialize(copy.DraftJson).Actions.Count);
    }

    [Fact]
    public async Task List_shows_state_binding_last_publication_and_recent_conversations()
    {
        var editor = await fixture.SignedInAsync();
        await fixture.Host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            db.Conversations.Add(new ConversationRecord { Id = "recent-1", ChatflowId = "concierge", VisitorId = "a", StartedUtc = DateTime.UtcNow, LastActivityUtc = DateTime.UtcNow });
            db.Conversations.Add(new ConversationRecord { Id = "old-1", ChatflowId = "concierge", VisitorId = "b", StartedUtc = DateTime.UtcNow.AddDays(-9), LastActivityUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var rows = await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowList>().ListAsync(CancellationToken.None));
        var html = await editor.Http.GetStringAsync("/admin/chatflows");

        var concierge = rows.Single(r => r.Id == "concierge");
        Assert.True(concierge.Enabled);
        Assert.Equal("Recipe", concierge.PublishedBy);
        Assert.True(concierge.ConversationsLastWeek >= 1);
        Assert.Equal(await RecentConversationsAsync("concierge"), concierge.ConversationsLastWeek);
        Assert.Contains("aria-checked=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("by Recipe", html, StringComparison.Ordinal);
    }

    private Task<int> RecentConversationsAsync(string id) => fixture.Host.InScopeAsync(s =>
        s.GetRequiredService<ChatflowsDbContext>().Conversations.CountAsync(c => c.ChatflowId == id && !c.IsPreview && c.StartedUtc >= DateTime.UtcNow.AddDays(-7)));

    private Task<List<ChatflowVersionRecord>> VersionsAsync(string id) =>
        fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowVersions>().ListAsync(id, CancellationToken.None));

    private Task PublishThroughStoreAsync(string id, Func<Chatflow, Chatflow> edit) => fixture.Host.InScopeAsync(async s =>
    {
        var store = s.GetRequiredService<ChatflowStore>();
        var (draft, version) = (await store.GetDraftAsync(id, CancellationToken.None))!.Value;
        Assert.True((await store.SaveDraftAsync(edit(draft), version, CancellationToken.None)).Succeeded);
        Assert.True((await store.PublishAsync(id, CancellationToken.None)).Published);
    });

    private async Task<string?> WidgetChatflowAsync(string url)
    {
        var json = await fixture.Host.CreateClient().GetStringAsync($"/chatflows/api/widget?url={Uri.EscapeDataString(url)}");
        var chatflow = JsonDocument.Parse(json).RootElement.GetProperty("chatflow");
        return chatflow.ValueKind == JsonValueKind.Null ? null : chatflow.GetProperty("id").GetString();
    }
}

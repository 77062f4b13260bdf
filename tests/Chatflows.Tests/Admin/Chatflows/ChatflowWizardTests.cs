using System.Net;
using Chatflows.Channel;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Chatflows.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Admin.Chatflows;

public sealed class ChatflowWizardTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    [Fact]
    public async Task Wizard_creates_a_draft_from_a_template_and_lands_on_the_chatflow()
    {
        var editor = await fixture.SignedInAsync();
        await fixture.Host.InScopeAsync(async s => Assert.Empty(await s.GetRequiredService<TicketPipelines>().SaveAsync(
            new TicketPipeline("sales", "Sales follow-up", [new("open", "Open"), new("won", "Won")]), default)));

        var response = await editor.PostFormAsync("/admin/chatflows/create", new()
        {
            ["Input.Binding"] = "Inbox", ["Input.Language"] = "nl", ["Input.Name"] = "Leads NL", ["Input.Template"] = "qualify-leads",
            ["Input.KnowledgeBaseSearch"] = "true", ["Input.TicketPipeline"] = "sales", ["Input.TicketStatus"] = "open",
        });
        var record = await fixture.RecordAsync("leads-nl");
        var draft = FlowJson.Deserialize(record.DraftJson);
        var landing = await editor.Http.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/chatflows/leads-nl", response.Headers.Location?.OriginalString);
        Assert.Equal("qualify-leads", draft.Template);
        Assert.Equal("nl", draft.Language);
        Assert.NotEmpty(draft.Actions);
        Assert.True(draft.KnowledgeBase.Enabled);
        Assert.Equal(new TicketSettings("sales", "open"), draft.Tickets);
        Assert.Null(record.PublishedJson);
        Assert.Contains("Draft · never published", landing, StringComparison.Ordinal);
        Assert.Contains("Leads NL", landing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Helpdesk_is_offered_only_the_support_templates_and_refused_a_sales_one()
    {
        var editor = await fixture.SignedInAsync();

        var step2 = await editor.PostFormAsync("/admin/chatflows/create?handler=Next", new()
        {
            ["Input.Binding"] = "Helpdesk", ["Input.Language"] = "en", ["Input.Name"] = "Support desk",
        }, formPage: "/admin/chatflows/create");
        var html = await step2.Content.ReadAsStringAsync();
        var refused = await editor.PostFormAsync("/admin/chatflows/create", new()
        {
            ["Input.Binding"] = "Helpdesk", ["Input.Language"] = "en", ["Input.Name"] = "Support desk", ["Input.Template"] = "qualify-leads",
            ["Input.TicketPipeline"] = "support", ["Input.TicketStatus"] = "new",
        });

        Assert.Contains("value=\"tickets\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"qualify-leads\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"concierge\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose one of the starting points offered for the helpdesk.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Chatflows.AnyAsync(c => c.Name == "Support desk")));
    }

    [Fact]
    public async Task Step_one_shows_errors_next_to_the_fields_and_stays_on_step_one()
    {
        var editor = await fixture.SignedInAsync();

        var response = await editor.PostFormAsync("/admin/chatflows/create?handler=Next", new()
        {
            ["Input.Binding"] = "Inbox", ["Input.Language"] = "xx", ["Input.Name"] = "  ",
        }, formPage: "/admin/chatflows/create");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Step 1 of 2", html, StringComparison.Ordinal);
        Assert.Contains("Give the chatflow a name of 1 to 100 characters.", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Input.Language\"", html, StringComparison.Ordinal);
        Assert.Contains("Choose one of the languages", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_knowledge_base_team_and_bad_ticket_status_are_refused()
    {
        var editor = await fixture.SignedInAsync();

        var response = await editor.PostFormAsync("/admin/chatflows/create", new()
        {
            ["Input.Binding"] = "Inbox", ["Input.Language"] = "en", ["Input.Name"] = "Broken refs", ["Input.Template"] = "scratch",
            ["Input.KnowledgeBaseId"] = "nope", ["Input.HandOffTeamId"] = "ghosts", ["Input.TicketPipeline"] = "support", ["Input.TicketStatus"] = "<b>",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a knowledge base from the list.", html, StringComparison.Ordinal);
        Assert.Contains("Choose a team from the list.", html, StringComparison.Ordinal);
        Assert.Contains("Choose a status of the pipeline &#x27;Support pipeline&#x27;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ticket_choices_are_the_sites_real_pipelines_and_an_unknown_pipeline_is_refused()
    {
        var editor = await fixture.SignedInAsync();

        var step2 = await editor.Http.GetStringAsync("/admin/chatflows/create?step=2&Input.Binding=Inbox&Input.Language=en&Input.Name=Pipes");
        var refused = await editor.PostFormAsync("/admin/chatflows/create", new()
        {
            ["Input.Binding"] = "Inbox", ["Input.Language"] = "en", ["Input.Name"] = "Pipes", ["Input.Template"] = "scratch",
            ["Input.TicketPipeline"] = "made-up", ["Input.TicketStatus"] = "new",
        });

        var page = HtmlPage.Parse(step2);
        Assert.Contains(("support", "Support pipeline", true), page.Options());
        Assert.Contains(("waitingOnContact", "Waiting on contact", false), page.Options("optgroup[label='Support pipeline'] option"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose a ticket pipeline from the list.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await fixture.Host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Chatflows.AnyAsync(c => c.Name == "Pipes")));
    }

    [Fact]
    public async Task Scratch_flow_gets_a_unique_id_and_hostile_name_is_shown_as_text()
    {
        var editor = await fixture.SignedInAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Binding"] = "Inbox", ["Input.Language"] = "en", ["Input.Name"] = "<img src=x onerror=alert(1)>", ["Input.Template"] = "scratch",
            ["Input.TicketPipeline"] = "support", ["Input.TicketStatus"] = "new",
        };

        var first = await editor.PostFormAsync("/admin/chatflows/create", new(fields));
        var second = await editor.PostFormAsync("/admin/chatflows/create", new(fields));
        var list = await editor.Http.GetStringAsync("/admin/chatflows");

        Assert.Equal("/admin/chatflows/img-srcx-onerroralert1", first.Headers.Location?.OriginalString);
        Assert.Equal("/admin/chatflows/img-srcx-onerroralert1-2", second.Headers.Location?.OriginalString);
        Assert.Equal(await fixture.Host.InScopeAsync(async s => (await s.GetRequiredService<ChannelSettingsStore>().GetAsync(default)).Settings.WelcomeMessage),
            FlowJson.Deserialize((await fixture.RecordAsync("img-srcx-onerroralert1")).DraftJson).WelcomeMessage);
        Assert.DoesNotContain("<img src=x", list, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", list, StringComparison.Ordinal);
    }
}

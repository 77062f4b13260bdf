using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Tickets;

public sealed class TicketPagesTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Agent_changes_status_assignee_and_priority_and_sees_the_conversation()
    {
        var agentId = await TicketScenarios.CreateUserAsync(_host, "ann@chatflows.test", "Ann Agent", "Agent");
        var agent = await TicketScenarios.SignInAsync(_host, "ann@chatflows.test");
        var ticket = await NewTicketAsync();

        var response = await PostAsync(agent, ticket.Id, "waitingOnUs", agentId, "urgent");
        var saved = await TicketAsync(ticket.Id);
        var page = await agent.Http.GetStringAsync($"/admin/tickets/ticket/{ticket.Id}");
        var list = await agent.Http.GetStringAsync($"/admin/tickets?status=waitingOnUs&assignee={agentId}&priority=urgent");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(("waitingOnUs", agentId, "urgent"), (saved.Status, saved.AssigneeId, saved.Priority));
        Assert.Contains("We&#x27;ll be in touch.", page, StringComparison.Ordinal);
        Assert.Contains(ticket.Reference, list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-status", "", "normal", "Choose one of the pipeline")]
    [InlineData("closed", "", "whenever", "Choose low, normal, high or urgent.")]
    [InlineData("closed", "no-such-user", "normal", "Choose a user from the list, or nobody.")]
    public async Task Invalid_change_is_refused_with_400_and_changes_nothing(string status, string assignee, string priority, string message)
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var ticket = await NewTicketAsync();

        var response = await PostAsync(admin, ticket.Id, status, assignee, priority);
        var html = await response.Content.ReadAsStringAsync();
        var after = await TicketAsync(ticket.Id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(("new", "normal"), (after.Status, after.Priority));
    }

    [Fact]
    public async Task Editor_without_answer_conversations_cannot_read_or_change_tickets()
    {
        await TicketScenarios.CreateUserAsync(_host, "ed@chatflows.test", "Ed", "Editor");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var editor = await TicketScenarios.SignInAsync(_host, "ed@chatflows.test");
        var ticket = await NewTicketAsync();

        var list = await editor.Http.GetAsync("/admin/tickets");
        var page = await editor.Http.GetAsync($"/admin/tickets/ticket/{ticket.Id}");
        var post = await PostAsync(editor, ticket.Id, "closed", "", "high", formPageClient: admin);
        var denied = await editor.Http.GetAsync("/admin/account/access-denied");

        Assert.All([list, page, post], r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/admin/account/access-denied", r.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("new", (await TicketAsync(ticket.Id)).Status);
    }

    [Fact]
    public async Task Agent_cannot_change_pipelines_or_assignment()
    {
        await TicketScenarios.CreateUserAsync(_host, "ann@chatflows.test", "Ann", "Agent");
        var agent = await TicketScenarios.SignInAsync(_host, "ann@chatflows.test");

        var pipelines = await agent.Http.GetAsync("/admin/tickets/pipelines");
        var assignment = await agent.Http.GetAsync("/admin/tickets/assignment");
        var tickets = await agent.Http.GetStringAsync("/admin/tickets");

        Assert.Equal(HttpStatusCode.Redirect, pipelines.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, assignment.StatusCode);
        Assert.DoesNotContain("href=\"/admin/tickets/pipelines\"", tickets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_adds_a_status_and_cannot_remove_one_that_tickets_are_in()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        await NewTicketAsync();
        var form = "/admin/tickets/pipeline?id=support";

        var added = await admin.PostFormAsync(form, Rows(("new", "New", false), ("waitingOnContact", "Waiting on contact", false),
            ("waitingOnUs", "Waiting on us", false), ("closed", "Closed", false), ("", "Escalated", false)));
        var removed = await admin.PostFormAsync(form, Rows(("new", "New", true), ("closed", "Closed", false)));
        var pipelines = await admin.Http.GetStringAsync("/admin/tickets/pipelines");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, removed.StatusCode);
        Assert.Contains("1 ticket(s) are in the status &#x27;new&#x27;", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("New → Waiting on contact → Waiting on us → Closed → Escalated", WebUtility.HtmlDecode(pipelines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_ticket_text_is_shown_as_text()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var ticket = await NewTicketAsync();
        await _host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var record = await db.Tickets.SingleAsync(t => t.Id == ticket.Id);
            record.Subject = "<script>alert(1)</script>";
            await db.SaveChangesAsync();
        });

        var list = await admin.Http.GetStringAsync("/admin/tickets");
        var page = await admin.Http.GetStringAsync($"/admin/tickets/ticket/{ticket.Id}");

        Assert.DoesNotContain("<script>alert(1)", list + page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ticket_in_a_pipeline_nobody_set_up_is_listed_and_shows_the_visitors_rating()
    {
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var ticket = await NewTicketAsync();
        await _host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var record = await db.Tickets.SingleAsync(t => t.Id == ticket.Id);
            record.Pipeline = "sales";
            record.Status = "qualified";
            db.SurveyResponses.Add(new SurveyResponseRecord
            {
                ConversationId = record.ConversationId!, ChatflowId = "ticketing", Rating = 2, Scale = "stars", Comment = "Too slow", CreatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var list = await admin.Http.GetStringAsync("/admin/tickets?pipeline=sales");
        var page = await admin.Http.GetStringAsync($"/admin/tickets/ticket/{ticket.Id}");

        Assert.Contains("sales (not set up)", list, StringComparison.Ordinal);
        Assert.Contains(ticket.Reference, list, StringComparison.Ordinal);
        Assert.Contains("2 of 5 stars", page, StringComparison.Ordinal);
        Assert.Contains("Too slow", page, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Rows(params (string Id, string Name, bool Remove)[] rows)
    {
        var fields = new Dictionary<string, string> { ["Id"] = "support", ["Input.Name"] = "Support pipeline" };
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Input.Statuses[{i}].Id"] = rows[i].Id;
            fields[$"Input.Statuses[{i}].Name"] = rows[i].Name;
            fields[$"Input.Statuses[{i}].Position"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (rows[i].Remove)
            {
                fields[$"Input.Statuses[{i}].Remove"] = "true";
            }
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(AdminClient client, long id, string status, string assignee, string priority, AdminClient? formPageClient = null)
    {
        var fields = new Dictionary<string, string> { ["Status"] = status, ["AssigneeId"] = assignee, ["Priority"] = priority };
        if (formPageClient is null)
        {
            return await client.PostFormAsync($"/admin/tickets/ticket/{id}", fields);
        }

        // A user who may not open the form posts with a token taken from another user's page.
        var page = await formPageClient.Http.GetStringAsync($"/admin/tickets/ticket/{id}");
        fields[Antiforgery.FieldName] = Antiforgery.TokenOf(page);
        return await client.Http.PostAsync($"/admin/tickets/ticket/{id}", new FormUrlEncodedContent(fields));
    }

    private async Task<TicketRecord> NewTicketAsync()
    {
        await TicketScenarios.ConverseAsync(_host, "ticketing");
        return await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.OrderByDescending(t => t.Id).FirstAsync());
    }

    private Task<TicketRecord> TicketAsync(long id) =>
        _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.AsNoTracking().SingleAsync(t => t.Id == id));

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await FlowBuilding.PublishAsync(_host, TicketScenarios.TicketFlow());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

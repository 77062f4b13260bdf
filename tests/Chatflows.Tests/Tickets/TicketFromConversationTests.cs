using System.Net;
using AngleSharp.Html.Parser;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Tickets;

public sealed class TicketFromConversationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Agent_turns_a_conversation_into_a_ticket_prefilled_from_it_and_linked_both_ways(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await InboxAgents.AllAwayAsync(host);
        var anaId = await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", capacity: 2, team: "support");
        var boId = await InboxAgents.CreateAsync(host, "bo@chatflows.test", "Bo", available: false);
        var ana = await InboxAgents.SignInAsync(host, "ana@chatflows.test");
        var visitor = VisitorClient.For(host);
        var id = await InboxAgents.AskForAPersonAsync(visitor);
        await visitor.SayAsync(id, "My invoice <b>INV-7</b> is wrong");

        var form = new HtmlParser().ParseDocument(await ana.Http.GetStringAsync(InboxAgents.Thread(id)));
        var prefilled = (
            Subject: form.QuerySelector("#Ticket_Subject")!.GetAttribute("value"),
            Description: form.QuerySelector("#Ticket_Description")!.TextContent,
            Status: form.QuerySelector("#Ticket_PipelineStatus option[selected]")!.GetAttribute("value"),
            Assignee: form.QuerySelector("#Ticket_AssigneeId option[selected]")!.GetAttribute("value"));
        var created = await InboxAgents.PostAsync(ana, id, "Ticket", new()
        {
            ["Ticket.Subject"] = "Wrong invoice <b>INV-7</b>",
            ["Ticket.Description"] = prefilled.Description,
            ["Ticket.PipelineStatus"] = "support/waitingOnUs",
            ["Ticket.Priority"] = "high",
            ["Ticket.AssigneeId"] = boId,
        });
        var ticket = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.AsNoTracking().SingleAsync(t => t.ConversationId == id));
        var thread = await ana.Http.GetStringAsync(InboxAgents.Thread(id));
        var ticketPage = await ana.Http.GetStringAsync($"/admin/tickets/ticket/{ticket.Id}");
        var mailed = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().MailOutbox.AsNoTracking().CountAsync(m => m.ConversationId == id && m.Kind == Chatflows.Mail.MailKinds.TicketAssigned));

        Assert.StartsWith("Chat: person", prefilled.Subject, StringComparison.Ordinal);
        Assert.Contains("Visitor: My invoice <b>INV-7</b> is wrong", prefilled.Description, StringComparison.Ordinal);
        Assert.Equal(("support/new", anaId), (prefilled.Status, prefilled.Assignee));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/admin/tickets/ticket/{ticket.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("Wrong invoice <b>INV-7</b>", "support", "waitingOnUs", "high", boId), (ticket.Subject, ticket.Pipeline, ticket.Status, ticket.Priority, ticket.AssigneeId));
        Assert.Contains($"href=\"/admin/tickets/ticket/{ticket.Id}\">{ticket.Reference}</a> Wrong invoice &lt;b&gt;INV-7&lt;/b&gt;", thread, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/inbox/conversation/{id}\"", ticketPage, StringComparison.Ordinal);
        Assert.Equal(1, mailed); // Bo is told; Ana made it herself
    }

    [Theory]
    [InlineData("", "support/new", "normal", "", "Write a subject of 1 to 200 characters.")]
    [InlineData("Refund", "support/no-such-status", "normal", "", "Choose a pipeline and one of its statuses.")]
    [InlineData("Refund", "nowhere/new", "normal", "", "Choose a pipeline and one of its statuses.")]
    [InlineData("Refund", "support/new", "whenever", "", "Choose low, normal, high or urgent.")]
    [InlineData("Refund", "support/new", "normal", "no-such-user", "Choose a user from the list, or nobody.")]
    public async Task A_bad_ticket_is_refused_with_400_and_nothing_is_stored(string subject, string status, string priority, string assignee, string message)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.AllAwayAsync(host);
        await InboxAgents.CreateAsync(host, "ana@chatflows.test", "Ana", capacity: 2, team: "support");
        var ana = await InboxAgents.SignInAsync(host, "ana@chatflows.test");
        var id = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));

        var response = await InboxAgents.PostAsync(ana, id, "Ticket", new()
        {
            ["Ticket.Subject"] = subject, ["Ticket.Description"] = "", ["Ticket.PipelineStatus"] = status, ["Ticket.Priority"] = priority, ["Ticket.AssigneeId"] = assignee,
        });
        var html = await response.Content.ReadAsStringAsync();
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.CountAsync(t => t.ConversationId == id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.True(HtmlPage.Parse(html).One("details.cf-ticket-create").HasAttribute("open"));
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task Editor_without_answer_conversations_cannot_make_tickets_from_conversations()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.CreateAsync(host, "ed@chatflows.test", "Ed Editor", role: "Editor");
        var editor = await InboxAgents.SignInAsync(host, "ed@chatflows.test");
        var id = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));

        var response = await editor.PostFormAsync($"{InboxAgents.Thread(id)}?handler=Ticket", new()
        {
            ["Ticket.Subject"] = "Sneaky", ["Ticket.PipelineStatus"] = "support/new", ["Ticket.Priority"] = "normal",
        }, "/admin");
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.CountAsync(t => t.ConversationId == id));

        Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(0, stored);
    }
}

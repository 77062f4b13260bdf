using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Contacts;

public sealed class ErasureTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Erasing_a_contact_from_its_page_leaves_no_trace_in_any_table_or_the_search_index(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await PersonScenario.PrepareAsync(host);
        var zelda = await PersonScenario.WriteAsync(host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var bob = await PersonScenario.WriteAsync(host, "Bob", "Wheelwright", "bob.wheel@example.org", "The wheelbarrow squeaks at night");
        string[] traces = [zelda.Email, zelda.FirstName, zelda.LastName, zelda.Sentence, zelda.VisitorId];
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);
        await SearchIndexCatchUp.WaitAsync(host); // so erasure has to take the text out of the index
        var before = await DatabaseScan.FindAsync(host, traces);
        var indexedBefore = provider == DatabaseProvider.Postgres || await DatabaseScan.SearchIndexFindsAsync(host, "Zanzibar");

        var erased = await admin.PostFormAsync($"/admin/contacts/contact/{zelda.ContactId}?handler=Erase", new() { ["Confirm"] = zelda.Email }, $"/admin/contacts/contact/{zelda.ContactId}");

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.NotEmpty(before);
        Assert.True(indexedBefore);
        Assert.Empty(await DatabaseScan.FindAsync(host, traces));
        Assert.Equal(5, (await DatabaseScan.FindAsync(host, bob.Email, bob.Sentence, bob.VisitorId, bob.Comment, bob.LastName)).Select(h => h.Split('\'')[1]).Distinct().Count());
        var (tickets, erasedTickets, surveys, meetings) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.Tickets.CountAsync(), await db.Tickets.CountAsync(t => t.Subject == "(erased)"), await db.SurveyResponses.CountAsync(),
                await db.Meetings.AsNoTracking().ToListAsync());
        });
        Assert.Equal((2, 1, 2), (tickets, erasedTickets, surveys));
        var cancelled = Assert.Single(meetings, m => m.CancelledUtc is not null && m.VisitorEmail.Length == 0);
        Assert.Single(meetings, m => m.CancelledUtc is null && m.VisitorEmail == bob.Email);
        var hostMails = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().MailOutbox.AsNoTracking()
            .Where(m => m.Kind == Chatflows.Mail.MailKinds.MeetingHost && m.ConversationId == null).Select(m => m.ModelJson).ToListAsync());
        Assert.Contains(hostMails, json => json.Contains($"\"meetingId\":{cancelled.Id},", StringComparison.Ordinal) && json.Contains("\"change\":\"cancelled\"", StringComparison.Ordinal));
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.False(await DatabaseScan.SearchIndexFindsAsync(host, "Zanzibar"));
            Assert.True(await DatabaseScan.SearchIndexFindsAsync(host, "wheelbarrow"));
        }
    }

    [Fact]
    public async Task Erasure_is_refused_until_the_email_is_typed_to_confirm()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PersonScenario.PrepareAsync(host);
        var zelda = await PersonScenario.WriteAsync(host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        var refused = await admin.PostFormAsync($"/admin/contacts/contact/{zelda.ContactId}?handler=Erase", new() { ["Confirm"] = "someone@else.org" }, $"/admin/contacts/contact/{zelda.ContactId}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Type zelda.quist@example.org to confirm", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(await DatabaseScan.FindAsync(host, zelda.Sentence));
    }

    [Fact]
    public async Task A_visitor_deletes_their_own_conversation_and_nobody_else_can()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PersonScenario.PrepareAsync(host);
        var zelda = await PersonScenario.WriteAsync(host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var bob = await PersonScenario.WriteAsync(host, "Bob", "Wheelwright", "bob.wheel@example.org", "The wheelbarrow squeaks at night");
        await SearchIndexCatchUp.WaitAsync(host);
        var indexedBefore = await DatabaseScan.SearchIndexFindsAsync(host, "Zanzibar");

        var stranger = await bob.Visitor.SendAsync(HttpMethod.Delete, $"/chatflows/api/conversations/{zelda.IntakeConversation}");
        var own = await zelda.Visitor.SendAsync(HttpMethod.Delete, $"/chatflows/api/conversations/{zelda.IntakeConversation}");
        var again = await zelda.Visitor.SendAsync(HttpMethod.Delete, $"/chatflows/api/conversations/{zelda.IntakeConversation}");
        var read = await zelda.Visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{zelda.IntakeConversation}/messages");

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal("application/problem+json", stranger.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.True(indexedBefore);
        Assert.Empty(await DatabaseScan.FindAsync(host, zelda.Sentence, zelda.Comment));
        Assert.False(await DatabaseScan.SearchIndexFindsAsync(host, "Zanzibar"));
        Assert.NotEmpty(await DatabaseScan.FindAsync(host, zelda.AgentReply));
        Assert.NotEmpty(await DatabaseScan.FindAsync(host, bob.Sentence));
    }
}

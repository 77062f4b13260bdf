using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Contacts;

public sealed class ContactsPageTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task The_list_finds_contacts_by_email_name_and_property_value_but_not_by_property_name()
    {
        var zelda = await PersonScenario.WriteAsync(_host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var bob = await PersonScenario.WriteAsync(_host, "Bob", "Wheelwright", "bob.wheel@example.org", "The wheelbarrow squeaks at night");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);

        var all = await admin.Http.GetStringAsync("/admin/contacts");
        var byName = await admin.Http.GetStringAsync("/admin/contacts?q=QUISTORP");
        var byEmail = await admin.Http.GetStringAsync("/admin/contacts?q=bob.wheel@");
        var byPropertyName = await admin.Http.GetStringAsync("/admin/contacts?q=firstname");
        var hostile = await admin.Http.GetAsync("/admin/contacts?q=%25_%5C%27%22%3Cscript%3E&p=-4");

        Assert.Contains("Zelda Quistorp", all, StringComparison.Ordinal);
        Assert.Contains("Bob Wheelwright", all, StringComparison.Ordinal);
        Assert.Contains($"/admin/contacts/contact/{zelda.ContactId}", byName, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob Wheelwright", byName, StringComparison.Ordinal);
        Assert.Contains($"/admin/contacts/contact/{bob.ContactId}", byEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("Zelda", byEmail, StringComparison.Ordinal);
        Assert.Contains("No contact matches this search.", byPropertyName, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
        Assert.DoesNotContain("<script>", await hostile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agents_and_editors_cannot_open_contacts_and_do_not_see_them_in_the_menu()
    {
        await TicketScenarios.CreateUserAsync(_host, "eddie@chatflows.test", "Eddie", "Editor");
        var editor = await TicketScenarios.SignInAsync(_host, "eddie@chatflows.test");
        var agent = await InboxAgents.SignInAsync(_host, "agent.petra@chatflows.test");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);

        var asEditor = await editor.Http.GetAsync("/admin/contacts");
        var asAgent = await agent.Http.GetAsync("/admin/contacts");
        var anonymous = await AdminClient.For(_host).Http.GetAsync("/admin/contacts");
        var menu = await editor.Http.GetStringAsync("/admin/chatflows");
        var adminMenu = await admin.Http.GetStringAsync("/admin/chatflows");

        Assert.StartsWith("/admin/account/access-denied", asEditor.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", asAgent.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/login", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/contacts\"", menu, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/contacts\"", adminMenu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Properties_are_edited_with_names_and_emails_checked()
    {
        var zelda = await PersonScenario.WriteAsync(_host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var page = $"/admin/contacts/contact/{zelda.ContactId}";

        var refused = await admin.PostFormAsync($"{page}?handler=Properties", new()
        {
            ["Properties[0].Name"] = "Bad Name", ["Properties[0].Value"] = "x",
            ["Properties[1].Name"] = "email", ["Properties[1].Value"] = "not-an-address",
        }, page);
        var saved = await admin.PostFormAsync($"{page}?handler=Properties", new()
        {
            ["Properties[0].Name"] = "firstname", ["Properties[0].Value"] = "Zelda-Marie",
            ["Properties[1].Name"] = "email", ["Properties[1].Value"] = "Zelda.New@Example.org",
            ["Properties[2].Name"] = "lastname", ["Properties[2].Value"] = "",
            ["Properties[3].Name"] = "plan", ["Properties[3].Value"] = "<b>gold</b>",
        }, page);
        var contact = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Contacts.AsNoTracking().SingleAsync(c => c.Id == zelda.ContactId));
        var shown = await admin.Http.GetStringAsync(page);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Use lower-case letters", errors, StringComparison.Ordinal);
        Assert.Contains("Enter an e-mail address", errors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("zelda.new@example.org", contact.Email);
        Assert.Contains("\"firstname\":\"Zelda-Marie\"", contact.PropertiesJson, StringComparison.Ordinal);
        Assert.DoesNotContain("lastname", contact.PropertiesJson, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;gold&lt;/b&gt;", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_moves_conversations_and_tickets_and_fills_missing_properties()
    {
        var first = await PersonScenario.WriteAsync(_host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var second = await PersonScenario.WriteAsync(_host, "Zed", "Q", "zed@example.org", "Second visit from another browser");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(_host);
        var page = $"/admin/contacts/contact/{first.ContactId}";

        var self = await admin.PostFormAsync($"{page}?handler=Merge", new() { ["MergeId"] = first.ContactId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, page);
        var merged = await admin.PostFormAsync($"{page}?handler=Merge", new() { ["MergeId"] = second.ContactId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, page);
        var (contacts, conversations, tickets) = await _host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.Contacts.AsNoTracking().ToListAsync(),
                await db.Conversations.CountAsync(c => c.Id == second.IntakeConversation && c.ContactId == first.ContactId),
                await db.Tickets.CountAsync(t => t.ContactId == first.ContactId));
        });

        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.DoesNotContain(contacts, c => c.Id == second.ContactId);
        var kept = Assert.Single(contacts, c => c.Id == first.ContactId);
        Assert.Equal("zelda.quist@example.org", kept.Email);
        Assert.Contains("\"firstname\":\"Zelda\"", kept.PropertiesJson, StringComparison.Ordinal);
        Assert.Equal((1, 2), (conversations, tickets));
    }

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PersonScenario.PrepareAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

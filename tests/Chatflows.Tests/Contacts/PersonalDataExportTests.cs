using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;

namespace Chatflows.Tests.Contacts;

public sealed class PersonalDataExportTests
{
    private static readonly string[] VisibleAuthors = ["visitor", "bot", "agent"];

    [Fact]
    public async Task The_export_holds_the_persons_whole_history_and_nothing_of_anyone_else_or_of_the_staff_notes()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PersonScenario.PrepareAsync(host);
        var zelda = await PersonScenario.WriteAsync(host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var bob = await PersonScenario.WriteAsync(host, "Bob", "Wheelwright", "bob.wheel@example.org", "The wheelbarrow squeaks at night");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        var response = await admin.Http.GetAsync($"/admin/api/personal-data/contacts/{zelda.ContactId}");
        var raw = await response.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(raw).RootElement;
        var byVisitor = await admin.Http.GetAsync($"/admin/api/personal-data/visitors/{zelda.VisitorId}");
        var page = await admin.Http.GetStringAsync($"/admin/contacts/export/{zelda.ContactId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var contact = Assert.Single(export.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("id").GetInt64() == zelda.ContactId);
        Assert.Equal(("Zelda", "Quistorp", zelda.Email), (Property(contact, "firstname"), Property(contact, "lastname"), Property(contact, "email")));
        Assert.Equal([zelda.VisitorId], export.GetProperty("visitorIds").EnumerateArray().Select(v => v.GetString()));
        var conversations = export.GetProperty("conversations").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(new[] { zelda.IntakeConversation, zelda.MeetingConversation, zelda.HandOffConversation }.Order(), conversations.Keys.Order());
        Assert.Contains(zelda.Sentence, Texts(conversations[zelda.IntakeConversation]));
        Assert.Contains(zelda.AgentReply, Texts(conversations[zelda.HandOffConversation]));
        Assert.All(conversations.Values.SelectMany(Authors), a => Assert.Contains(a, VisibleAuthors));
        Assert.DoesNotContain("VIP", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("took over", raw, StringComparison.Ordinal);
        var consent = Assert.Single(export.GetProperty("consents").EnumerateArray());
        Assert.Equal(("dataProcessing", true), (consent.GetProperty("kind").GetString(), consent.GetProperty("granted").GetBoolean()));
        var ticket = Assert.Single(export.GetProperty("tickets").EnumerateArray());
        Assert.Equal($"Help: {zelda.Sentence}", ticket.GetProperty("subject").GetString());
        var meeting = Assert.Single(export.GetProperty("meetings").EnumerateArray());
        Assert.Equal(zelda.Email, meeting.GetProperty("email").GetString());
        var answer = Assert.Single(export.GetProperty("surveyAnswers").EnumerateArray());
        Assert.Equal((4, zelda.Comment), (answer.GetProperty("rating").GetInt32(), answer.GetProperty("comment").GetString()));
        Assert.DoesNotContain(bob.Email, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("wheelbarrow", raw, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byVisitor.StatusCode);
        Assert.Equal(conversations.Count, JsonDocument.Parse(await byVisitor.Content.ReadAsStringAsync()).RootElement.GetProperty("conversations").GetArrayLength());
        Assert.Contains("My cat Zanzibar ate the invoice", page, StringComparison.Ordinal);
        Assert.DoesNotContain("VIP", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_contact_managers_export_and_an_unknown_person_is_not_found()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PersonScenario.PrepareAsync(host);
        var zelda = await PersonScenario.WriteAsync(host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        await TicketScenarios.CreateUserAsync(host, "eddie@chatflows.test", "Eddie", "Editor");
        var editor = await TicketScenarios.SignInAsync(host, "eddie@chatflows.test");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        var asEditor = await editor.Http.GetAsync($"/admin/api/personal-data/contacts/{zelda.ContactId}");
        var pageAsEditor = await editor.Http.GetAsync($"/admin/contacts/contact/{zelda.ContactId}");
        var anonymous = await AdminClient.For(host).Http.GetAsync($"/admin/api/personal-data/contacts/{zelda.ContactId}");
        var unknown = await admin.Http.GetAsync("/admin/api/personal-data/contacts/999999");
        var unknownVisitor = await admin.Http.GetAsync($"/admin/api/personal-data/visitors/{new string('A', 22)}");

        Assert.NotEqual(HttpStatusCode.OK, asEditor.StatusCode);
        Assert.StartsWith("/admin/account/access-denied", pageAsEditor.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownVisitor.StatusCode);
    }

    private static string? Property(JsonElement contact, string name) => contact.GetProperty("properties").GetProperty(name).GetString();

    private static IEnumerable<string> Texts(JsonElement conversation) =>
        conversation.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()!);

    private static IEnumerable<string> Authors(JsonElement conversation) =>
        conversation.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("author").GetString()!);
}

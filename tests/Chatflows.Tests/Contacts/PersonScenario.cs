using System.Net;
using System.Text.Json;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Contacts;

/// <summary>
/// A person's whole history, written only through the paths people use: the widget API (intake with a ticket,
/// consent, survey with a comment, a meeting booked with the Concierge, a hand-off) and the inbox (an agent's
/// note and reply). Export and erasure tests compare against exactly this.
/// </summary>
public sealed record PersonScenario(
    VisitorClient Visitor, long ContactId, string FirstName, string LastName, string Email, string Sentence, string Comment,
    string IntakeConversation, string MeetingConversation, string HandOffConversation, string Note, string AgentReply, string VisitorId)
{
    public const string IntakeFlowId = "intake";

    /// <summary>Asks for a name and an e-mail, creates a ticket about what the visitor typed, ends with the survey.</summary>
    public static Chatflow IntakeFlow() => Flow(IntakeFlowId, "Hi! Let's get your details.",
        Action("first", "askQuestion", new { text = "Your first name?", contactProperty = "firstname" }, "last"),
        Action("last", "askQuestion", new { text = "Your last name?", contactProperty = "lastname" }, "email"),
        Action("email", "askQuestion", new { text = "Your e-mail?", format = "email", contactProperty = "email" }, "topic"),
        Action("topic", "askQuestion", new { text = "What can we help with?", saveAs = "topic" }, "ticket"),
        Action("ticket", "createTicket", new { subject = "Help: {{ vars.topic }}", description = "From {{ contact.firstname }} {{ contact.lastname }} ({{ contact.email }})" }, "end"),
        Action("end", "endConversation", new { message = "Thanks {{ contact.firstname }}!" })) with
    {
        Survey = new SurveySettings { Enabled = true, Scale = SurveyScale.Stars },
    };

    /// <summary>Publishes the intake flow and makes one available agent; call once per host.</summary>
    public static async Task PrepareAsync(ChatflowsFactory host)
    {
        await PublishAsync(host, IntakeFlow());
        await InboxAgents.CreateAsync(host, "agent.petra@chatflows.test", "Petra", available: false);
    }

    public static async Task<PersonScenario> WriteAsync(ChatflowsFactory host, string firstName, string lastName, string email, string sentence)
    {
        var visitor = VisitorClient.For(host);
        var (started, body) = await visitor.StartAsync(IntakeFlowId);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var intake = body.GetProperty("conversationId").GetString()!;
        var consent = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/consents",
            new { kind = "dataProcessing", chatflowId = IntakeFlowId, version = await ConsentVersionAsync(host, IntakeFlowId), granted = true });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        foreach (var answer in new[] { firstName, lastName, email, sentence })
        {
            var (said, _) = await visitor.SayAsync(intake, answer);
            Assert.Equal(HttpStatusCode.OK, said.StatusCode);
        }

        var comment = $"{firstName} says: {sentence} (comment)";
        var rated = await visitor.SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{intake}/survey", new { rating = 4, comment });
        Assert.True(rated.IsSuccessStatusCode, await rated.Content.ReadAsStringAsync());

        var meeting = await BookMeetingAsync(visitor, email);
        var (_, person) = await visitor.StartAsync();
        var handOff = person.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(handOff, "person");
        var agent = await InboxAgents.SignInAsync(host, "agent.petra@chatflows.test");
        var note = $"{firstName} {lastName} is a VIP, internal";
        var reply = $"Hello {firstName}, Petra here";
        Assert.Equal(HttpStatusCode.Redirect, (await InboxAgents.PostAsync(agent, handOff, "TakeOver")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await InboxAgents.PostAsync(agent, handOff, "Note", new() { ["Note"] = note })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await InboxAgents.PostAsync(agent, handOff, "Reply", new() { ["Text"] = reply })).StatusCode);

        // The widget holds a signed token; the database keeps the bare id inside it, which is what erasure must find.
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations
            .Where(c => c.Id == intake).Select(c => new { ContactId = c.ContactId!.Value, c.VisitorId }).SingleAsync());
        return new PersonScenario(visitor, stored.ContactId, firstName, lastName, email, sentence, comment, intake, meeting, handOff, note, reply, stored.VisitorId);
    }

    private static async Task<string> BookMeetingAsync(VisitorClient visitor, string email)
    {
        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge", timeZone = "Europe/Amsterdam" });
        var started = await VisitorClient.BodyAsync(response);
        var id = started.GetProperty("conversationId").GetString()!;
        var (_, offer) = await visitor.SayAsync(id, "meeting");
        var slot = offer.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("author").GetString() == "bot")
            .GetProperty("payload").GetProperty("slots").EnumerateArray().First().GetProperty("id").GetString()!;
        // The Concierge knows the visitor's e-mail from the intake's contact, so it may book without asking.
        var (_, booked) = await visitor.SayAsync(id, slot);
        if (!IsBooked(booked))
        {
            (_, booked) = await visitor.SayAsync(id, email);
        }

        Assert.True(IsBooked(booked), booked.ToString());
        return id;
    }

    private static bool IsBooked(JsonElement turn) =>
        turn.GetProperty("messages").EnumerateArray().Any(m => m.GetProperty("payload") is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("reference", out _));

    private static Task<string> ConsentVersionAsync(ChatflowsFactory host, string chatflowId) => host.InScopeAsync(async s =>
    {
        var record = await s.GetRequiredService<ChatflowsDbContext>().Chatflows.SingleAsync(c => c.Id == chatflowId);
        var flow = FlowJson.Deserialize(record.PublishedJson!);
        return flow.Consent.ToWidget(flow.Language).Version;
    });
}

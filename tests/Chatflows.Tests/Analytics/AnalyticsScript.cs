using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Analytics;

/// <summary>
/// A small flow and a script of real conversations through the visitor API whose analytics are known
/// exactly: five conversations (two complete, one with a ticket, three leave early), a conversation with
/// another chatflow, and previews that must not count.
/// </summary>
public static class AnalyticsScript
{
    public const string FlowId = "analytics";

    public static readonly Chatflow Flow = FlowBuilding.Flow(FlowId, "Hi!",
        Action("ask-email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, next: "ask-topic"),
        Action("ask-topic", "askQuestion", new AskQuestionSettings { Text = "=HYPERLINK(\"http://evil\",\"Ticket, or bye?\")" }, "bye",
            new Branch(new Condition { Source = ConditionSource.Answer, Value = "ticket" }, "ticket")),
        Action("ticket", "createTicket", new CreateTicketSettings("Chat", "From the analytics script", "Ticket {{ vars.ticket_reference }} is filed.")),
        Action("bye", "sendMessage", new SendMessageSettings("Bye!")));

    /// <summary>Publishes the flow and plays the script; returns nothing because the numbers below are the assertion.</summary>
    public static async Task PlayAsync(ChatflowsFactory host)
    {
        await PublishAsync(host, Flow);

        await ConverseAsync(host, "a@example.com", "ticket");   // contact, ticket, completed
        await ConverseAsync(host, "b@example.com", "no thanks"); // contact, completed via bye
        await ConverseAsync(host, "c@example.com");              // contact, leaves at ask-topic
        await ConverseAsync(host);                               // leaves at ask-email
        await ConverseAsync(host);                               // leaves at ask-email

        var other = VisitorClient.For(host);
        Assert.True((await other.StartAsync("concierge")).Response.IsSuccessStatusCode);

        // The builder's preview runs the same flow to the end, with a contact and a ticket: none of it counts.
        for (var i = 0; i < 2; i++)
        {
            var preview = await host.InScopeAsync(s => s.GetRequiredService<ConversationService>()
                .StartAsync(new StartConversation(FlowId, $"editor-{i}", Preview: true), CancellationToken.None));
            foreach (var (text, n) in new[] { ("p@example.com", 1), ("ticket", 2) })
            {
                await host.InScopeAsync(s => s.GetRequiredService<ConversationService>()
                    .PostAsync(preview!.Conversation.Id, $"editor-{i}", $"m{n}", text, CancellationToken.None));
            }
        }
    }

    private static async Task ConverseAsync(ChatflowsFactory host, params string[] answers)
    {
        var visitor = VisitorClient.For(host);
        var (response, body) = await visitor.StartAsync(FlowId);
        Assert.True(response.IsSuccessStatusCode);
        var id = body.GetProperty("conversationId").GetString()!;
        foreach (var answer in answers)
        {
            Assert.True((await visitor.SayAsync(id, answer)).Response.IsSuccessStatusCode);
        }
    }
}

using System.Text.Json;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Visitors;

public sealed class ConversationServiceTests
{
    private static readonly Chatflow Support = Flow("support", "Hi! I'll file your question.",
        Action("ask-email", "askQuestion", new AskQuestionSettings { Text = "Your e-mail?", Format = AnswerFormat.Email, ContactProperty = "email" }, next: "ask-question"),
        Action("ask-question", "askQuestion", new AskQuestionSettings { Text = "And your question?", SaveAs = "question" }, next: "ticket"),
        Action("ticket", "createTicket", new CreateTicketSettings("Chat: {{ vars.question }}", "{{ vars.question }}", "Ticket {{ vars.ticket_reference }} is on its way to {{ contact.email }}."), next: null));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_conversation_stores_messages_state_contact_and_ticket_turn_by_turn(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await PublishAsync(host, Support);

        var start = await StartAsync(host, "visitor-a");
        var email = await PostAsync(host, start.Conversation.Id, "visitor-a", "m1", "Noor@Example.com");
        var question = await PostAsync(host, start.Conversation.Id, "visitor-a", "m2", "How do I export my invoices?");

        Assert.Equal(["Hi! I'll file your question.", "Your e-mail?"], start.Messages.Select(m => m.Text));
        Assert.Equal(["Noor@Example.com", "And your question?"], email!.Messages.Select(m => m.Text));
        var reference = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.Select(t => t.Reference).SingleAsync());
        Assert.Equal(["How do I export my invoices?", $"Ticket {reference} is on its way to noor@example.com."], question!.Messages.Select(m => m.Text));
        await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var conversation = await db.Conversations.SingleAsync();
            Assert.Equal("ended", conversation.Status);
            Assert.Equal(6, conversation.LastSeq);
            Assert.Equal([1, 2, 3, 4, 5, 6], await db.Messages.OrderBy(m => m.Seq).Select(m => m.Seq).ToListAsync());
            var contact = await db.Contacts.SingleAsync();
            Assert.Equal(contact.Id, conversation.ContactId);
            Assert.Equal("noor@example.com", contact.Email);
            var ticket = await db.Tickets.SingleAsync();
            Assert.Equal(("support", "new", "Chat: How do I export my invoices?", contact.Id), (ticket.Pipeline, ticket.Status, ticket.Subject, ticket.ContactId!.Value));
            Assert.Contains(await db.FlowEvents.Select(e => e.Kind).ToListAsync(), k => k == "ticketCreated");
        });
    }

    [Fact]
    public async Task Retry_with_the_same_client_message_id_stores_one_copy_and_returns_the_same_replies()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PublishAsync(host, Support);
        var start = await StartAsync(host, "visitor-b");

        var first = await PostAsync(host, start.Conversation.Id, "visitor-b", "same-id", "noor@example.com");
        var retry = await PostAsync(host, start.Conversation.Id, "visitor-b", "same-id", "noor@example.com");

        Assert.False(first!.Replayed);
        Assert.True(retry!.Replayed);
        Assert.Equal(first.Messages.Select(m => (m.Seq, m.Text)), retry.Messages.Select(m => (m.Seq, m.Text)));
        Assert.Equal(1, await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Messages.CountAsync(m => m.ClientMessageId == "same-id")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Twenty_concurrent_retries_store_one_copy_and_all_get_the_same_replies(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await PublishAsync(host, Support);
        var start = await StartAsync(host, "visitor-c");

        var turns = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            PostAsync(host, start.Conversation.Id, "visitor-c", "raced", "noor@example.com"))));

        Assert.Single(turns, t => !t!.Replayed);
        Assert.All(turns, t => Assert.Equal(["noor@example.com", "And your question?"], t!.Messages.Select(m => m.Text)));
        await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            Assert.Equal(4, await db.Messages.CountAsync());
            Assert.Equal(4, (await db.Conversations.SingleAsync()).LastSeq);
        });
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("could not commit whole", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_visitors_conversation_cannot_be_written_or_read()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PublishAsync(host, Support);
        var start = await StartAsync(host, "owner");

        var post = await PostAsync(host, start.Conversation.Id, "intruder", "x", "hello");
        var read = await host.InScopeAsync(s => s.GetRequiredService<ConversationService>().ReadAsync(start.Conversation.Id, "intruder", 0, CancellationToken.None));

        Assert.Null(post);
        Assert.Null(read);
    }

    [Fact]
    public async Task Catch_up_returns_only_messages_after_the_given_sequence()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PublishAsync(host, Support);
        var start = await StartAsync(host, "visitor-d");
        await PostAsync(host, start.Conversation.Id, "visitor-d", "m1", "noor@example.com");

        var after2 = await host.InScopeAsync(s => s.GetRequiredService<ConversationService>().ReadAsync(start.Conversation.Id, "visitor-d", 2, CancellationToken.None));

        Assert.Equal([3L, 4L], after2!.Select(m => m.Seq));
    }

    [Fact]
    public async Task Preview_conversations_run_the_draft_and_record_no_analytics()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await PublishAsync(host, Support);
        await host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<Chatflows.Flows.ChatflowStore>();
            var draft = (await store.GetDraftAsync("support", CancellationToken.None))!.Value;
            await store.SaveDraftAsync(draft.Draft with { WelcomeMessage = "Draft welcome" }, draft.Version, CancellationToken.None);
        });

        var preview = await host.InScopeAsync(s => s.GetRequiredService<ConversationService>()
            .StartAsync(new StartConversation("support", "editor", Preview: true), CancellationToken.None));

        Assert.Equal("Draft welcome", preview!.Messages[0].Text);
        Assert.Equal(0, await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().FlowEvents.CountAsync()));
    }

    [Fact]
    public async Task Bot_replies_keep_quick_replies_and_typing_delay_in_the_stored_payload()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var flow = Flow("choice", "Hi", Action("pick", "askQuestion", new AskQuestionSettings { Text = "Pick one", QuickReplies = [new QuickReply("Yes"), new QuickReply("No")] })) with
        {
            Options = new FlowOptions { TypingDelayMs = 650 },
        };
        await PublishAsync(host, flow);

        var start = await host.InScopeAsync(s => s.GetRequiredService<ConversationService>().StartAsync(new StartConversation("choice", "v"), CancellationToken.None));

        using var payload = JsonDocument.Parse(start!.Messages[1].PayloadJson!);
        Assert.Equal("question", start.Messages[1].Kind);
        Assert.Equal(650, payload.RootElement.GetProperty("delayMs").GetInt32());
        Assert.Equal(["Yes", "No"], payload.RootElement.GetProperty("quickReplies").EnumerateArray().Select(q => q.GetProperty("label").GetString()));
    }

    private static async Task<ConversationTurn> StartAsync(ChatflowsFactory host, string visitor) =>
        (await host.InScopeAsync(s => s.GetRequiredService<ConversationService>().StartAsync(new StartConversation("support", visitor), CancellationToken.None)))!;

    private static Task<ConversationTurn?> PostAsync(ChatflowsFactory host, string conversation, string visitor, string messageId, string text) =>
        host.InScopeAsync(s => s.GetRequiredService<ConversationService>().PostAsync(conversation, visitor, messageId, text, CancellationToken.None));
}

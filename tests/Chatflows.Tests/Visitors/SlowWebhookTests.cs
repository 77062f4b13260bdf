using System.Net;
using Chatflows.Actions;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Visitors;

/// <summary>
/// Issue 19: the engine and its I/O run before the writer, so a webhook that keeps a visitor's turn waiting keeps
/// nobody else's waiting, and a turn past its budget stores nothing and can be sent again.
/// </summary>
public sealed class SlowWebhookTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Another_conversations_turn_is_stored_while_a_slow_webhook_holds_the_first(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await ChatflowsFactory.StartAsync(provider, settings: Settings(receiver));
        await PublishAsync(host, SlowFlow(receiver));
        await PublishAsync(host, QuickFlow());
        var (slowVisitor, slowConversation) = await StartAsync(host, "slow");
        var (quickVisitor, quickConversation) = await StartAsync(host, "quick");

        var slowTurn = slowVisitor.SayAsync(slowConversation, "go");
        while (receiver.Requests.IsEmpty && !slowTurn.IsCompleted)
        {
            await Task.Delay(10);
        }

        var (quick, quickBody) = await quickVisitor.SayAsync(quickConversation, "hello");
        var quickDoneFirst = !slowTurn.IsCompleted;
        receiver.Hold.SetResult();
        var (slow, slowBody) = await slowTurn;

        Assert.True(quickDoneFirst, "The quick conversation's turn waited for the other conversation's webhook.");
        Assert.Equal(HttpStatusCode.OK, quick.StatusCode);
        Assert.Equal(["hello", "Quick answer"], VisitorClient.Texts(quickBody));
        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        Assert.Equal(["go", "Sent!"], VisitorClient.Texts(slowBody));
        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task A_turn_past_its_budget_stores_nothing_and_the_same_message_id_is_stored_once_when_sent_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var settings = Settings(receiver);
        settings["Chatflows:Turns:BudgetSeconds"] = "1";
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: settings);
        await PublishAsync(host, SlowFlow(receiver));
        var (visitor, conversation) = await StartAsync(host, "slow");

        var (late, lateBody) = await visitor.SayAsync(conversation, "go", "budget-1");
        var (_, before) = await ReadAsync(visitor, conversation);
        receiver.Hold.SetResult();
        var (again, againBody) = await visitor.SayAsync(conversation, "go", "budget-1");
        var (_, after) = await ReadAsync(visitor, conversation);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, late.StatusCode);
        Assert.True(late.Headers.RetryAfter is not null, "A 503 says when to send again.");
        Assert.Equal("No answer in time", lateBody.GetProperty("title").GetString());
        Assert.DoesNotContain("go", VisitorClient.Texts(before));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["go", "Sent!"], VisitorClient.Texts(againBody));
        Assert.Single(VisitorClient.Texts(after), t => t == "go");
    }

    [Fact]
    public async Task A_message_is_stored_when_the_page_that_sent_it_goes_away_before_the_answer()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Real Kestrel: a client that goes away is seen as the server sees a closed browser tab.
        await using var host = new ChatflowsFactory(TestDatabase.Create(DatabaseProvider.Sqlite), settings: Settings(receiver));
        using var kestrel = new HttpClient { BaseAddress = await Task.Run(host.StartKestrel) };
        await PublishAsync(host, SlowFlow(receiver));
        var (visitor, conversation) = await StartAsync(new VisitorClient(kestrel));

        // The visitor sends, and while the turn waits on the webhook the page goes away (a link clicked, a tab closed).
        using var leaving = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/chatflows/api/conversations/{conversation}/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { clientMessageId = "left-1", text = "go" }),
        };
        request.Headers.Add("X-Chatflows-Visitor", visitor.VisitorId);
        var sent = visitor.Http.SendAsync(request, leaving.Token);
        while (receiver.Requests.IsEmpty && !sent.IsCompleted)
        {
            await Task.Delay(10);
        }

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sent);
        receiver.Hold.SetResult();
        IReadOnlyList<string> texts = [];
        for (var attempt = 0; attempt < 200 && !texts.Contains("Sent!"); attempt++)
        {
            await Task.Delay(50);
            texts = VisitorClient.Texts((await ReadAsync(visitor, conversation)).Item2);
        }

        Assert.Single(texts, t => t == "go");
        Assert.Contains("Sent!", texts);
    }

    private static Task<(HttpResponseMessage, System.Text.Json.JsonElement)> ReadAsync(VisitorClient visitor, string conversation) =>
        visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{conversation}/messages?after=0")
            .ContinueWith(async t => (t.Result, await VisitorClient.BodyAsync(t.Result))).Unwrap();

    private static Task<(VisitorClient Visitor, string ConversationId)> StartAsync(ChatflowsFactory host, string chatflowId) =>
        StartAsync(VisitorClient.For(host), chatflowId);

    private static async Task<(VisitorClient Visitor, string ConversationId)> StartAsync(VisitorClient visitor, string chatflowId = "slow")
    {
        var (response, body) = await visitor.StartAsync(chatflowId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (visitor, body.GetProperty("conversationId").GetString()!);
    }

    private static Core.Flows.Chatflow SlowFlow(WebhookReceiver receiver) => Flow("slow", "Hi",
        Action("ask", "askQuestion", new { text = "Ready?" }, "call"),
        Action("call", "webhook", new WebhookSettings($"{receiver.Address}hook"), next: "failed", OnOutcome("Succeeded", "ok")),
        Action("ok", "sendMessage", new { text = "Sent!" }),
        Action("failed", "sendMessage", new { text = "Could not send." }));

    private static Core.Flows.Chatflow QuickFlow() => Flow("quick", "Hello",
        Action("ask", "askQuestion", new { text = "Anything?" }, "answer"),
        Action("answer", "sendMessage", new { text = "Quick answer" }));

    private static Dictionary<string, string?> Settings(WebhookReceiver receiver) => new()
    {
        ["Chatflows:Webhooks:AllowedHosts:0"] = $"http://{receiver.Address.Authority}",
        ["Chatflows:Webhooks:AllowPrivateNetworks"] = "true",
        ["Chatflows:Webhooks:Secret"] = "slow-webhook-secret",
        // As long as allowed: the receiver answers when the test lets it, not when a timeout gives up on it.
        ["Chatflows:Webhooks:TimeoutSeconds"] = "60",
    };
}

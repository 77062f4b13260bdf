using System.Net;
using System.Text;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors.Identification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Visitors;

public sealed class ConversationsApiTests
{
    private const string IdentitySecret = "identity-secret-for-tests-0123456789";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_visitor_completes_the_concierge_flow_to_a_ticket_over_http(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var visitor = VisitorClient.For(host);

        var (started, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var (_, person) = await visitor.SayAsync(id, "person");
        var (_, email) = await visitor.SayAsync(id, "noor@example.com");
        var (_, question) = await visitor.SayAsync(id, "How do I export my invoices?");

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal("waitingForVisitor", start.GetProperty("status").GetString());
        Assert.Equal(2, VisitorClient.Texts(start).Count);
        var choices = start.GetProperty("messages")[1].GetProperty("payload").GetProperty("quickReplies");
        Assert.Equal(["search", "person", "meeting"], choices.EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal("person", VisitorClient.Texts(person)[0]);
        Assert.Equal("noor@example.com", VisitorClient.Texts(email)[0]);
        Assert.Equal("ended", question.GetProperty("status").GetString());
        var ticket = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Tickets.SingleAsync());
        Assert.Contains(ticket.Reference, VisitorClient.Texts(question)[^1], StringComparison.Ordinal);
        Assert.Equal("How do I export my invoices?", ticket.Description);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Retrying_a_message_returns_the_same_replies_and_says_it_was_replayed(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        var (first, firstBody) = await visitor.SayAsync(id, "person", "retry-1");
        var (retry, retryBody) = await visitor.SayAsync(id, "person", "retry-1");

        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        static IEnumerable<(long, string?, string?)> Messages(System.Text.Json.JsonElement body) =>
            body.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("seq").GetInt64(), m.GetProperty("text").GetString(), m.GetProperty("createdUtc").GetString()));
        Assert.Equal(Messages(firstBody), Messages(retryBody)); // the same time to the last digit, though PostgreSQL keeps microseconds
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Same_client_message_id_with_another_text_is_409_and_stores_nothing(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, "person", "reused-1");

        var (conflict, problem) = await visitor.SayAsync(id, "search", "reused-1");
        var racing = await Task.WhenAll(visitor.SayAsync(id, "other", "reused-2"), visitor.SayAsync(id, "another", "reused-2"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        Assert.Contains("used for another message", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(racing, r => r.Response.StatusCode == HttpStatusCode.Conflict); // the second of two racing texts loses, in one batch or in two
        var stored = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Messages
            .Where(m => m.ClientMessageId == "reused-1").Select(m => m.Text).ToListAsync());
        Assert.Equal(["person"], stored);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Twenty_concurrent_retries_over_http_store_one_copy(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => visitor.SayAsync(id, "person", "raced-1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Single(responses, r => !r.Response.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Messages.CountAsync(m => m.ClientMessageId == "raced-1")));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("could not commit whole", StringComparison.Ordinal)); // the group commit itself held
    }

    [Fact]
    public async Task Catch_up_after_a_gap_returns_exactly_the_missed_messages()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, "person");

        var response = await visitor.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages?after=2");
        var body = await VisitorClient.BodyAsync(response);

        Assert.Equal([3L, 4L, 5L], body.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("seq").GetInt64()));
    }

    [Fact]
    public async Task Another_visitors_conversation_is_not_found()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var owner = VisitorClient.For(host);
        var (_, start) = await owner.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        var stranger = VisitorClient.For(host);
        await stranger.StartAsync();

        var (post, _) = await stranger.SayAsync(id, "hello");
        var read = await stranger.SendAsync(HttpMethod.Get, $"/chatflows/api/conversations/{id}/messages");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("application/problem+json", read.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{ not json", HttpStatusCode.BadRequest)]
    [InlineData("""{ "text": "hi" }""", HttpStatusCode.BadRequest)]
    [InlineData("""{ "clientMessageId": "a b", "text": "hi" }""", HttpStatusCode.BadRequest)]
    [InlineData("""{ "clientMessageId": "ok-1", "text": "" }""", HttpStatusCode.BadRequest)]
    public async Task Bad_message_bodies_are_problem_details_never_500(string json, HttpStatusCode expected)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/chatflows/api/conversations/{id}/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Chatflows-Visitor", visitor.VisitorId);
        var response = await visitor.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Too_long_text_is_400_and_too_large_body_is_413()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        var (tooLong, body) = await visitor.SayAsync(id, new string('x', 2001));
        using var large = new HttpRequestMessage(HttpMethod.Post, $"/chatflows/api/conversations/{id}/messages")
        {
            Content = new StringContent("{ \"clientMessageId\": \"big\", \"text\": \"" + new string('x', 20_000) + "\" }", Encoding.UTF8, "application/json"),
        };
        large.Headers.Add("X-Chatflows-Visitor", visitor.VisitorId);
        var tooLarge = await visitor.Http.SendAsync(large);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task Unknown_or_switched_off_chatflow_is_404()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);

        var (unknown, problem) = await visitor.StartAsync("no-such-bot");
        var (off, _) = await visitor.StartAsync("helpdesk-nl");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
    }

    [Fact]
    public async Task Sending_too_fast_gives_429_with_retry_after()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Limits:MessagesPerMinutePerVisitor"] = "3" });
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            (last, _) = await visitor.SayAsync(id, "person");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_visitor_cannot_keep_opening_conversations()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Limits:MaxOpenConversationsPerVisitor"] = "2" });
        var visitor = VisitorClient.For(host);

        var results = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await visitor.StartAsync()).Response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], results);
    }

    [Fact]
    public async Task Cookie_is_set_only_after_consent()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var (withoutConsent, _) = await VisitorClient.For(host).StartAsync();
        var (withConsent, _) = await VisitorClient.For(host).StartAsync(cookieConsent: true);

        Assert.False(withoutConsent.Headers.Contains("Set-Cookie"));
        var cookie = withConsent.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith("chatflows_vid=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_valid_identification_token_links_the_contact_and_forged_or_expired_ones_are_ignored()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Identification:Secret"] = IdentitySecret });
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var valid = IdentityTokens.Create(IdentitySecret, new VisitorIdentity("noor@example.com", "Noor El Amrani", "cust-42", expires));
        var forged = IdentityTokens.Create("someone-elses-secret", new VisitorIdentity("ceo@example.com", "CEO", null, expires));
        var expired = IdentityTokens.Create(IdentitySecret, new VisitorIdentity("old@example.com", "Old", null, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds()));

        var (_, identified) = await VisitorClient.For(host).StartAsync(identityToken: valid);
        var (_, forgedStart) = await VisitorClient.For(host).StartAsync(identityToken: forged);
        var (_, expiredStart) = await VisitorClient.For(host).StartAsync(identityToken: expired);

        await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var linked = await db.Conversations.SingleAsync(c => c.Id == identified.GetProperty("conversationId").GetString());
            var contact = await db.Contacts.SingleAsync();
            Assert.Equal(contact.Id, linked.ContactId);
            Assert.Equal("noor@example.com", contact.Email);
            Assert.Contains("\"firstname\":\"Noor\"", contact.PropertiesJson, StringComparison.Ordinal);
            Assert.Null((await db.Conversations.SingleAsync(c => c.Id == forgedStart.GetProperty("conversationId").GetString())).ContactId);
            Assert.Null((await db.Conversations.SingleAsync(c => c.Id == expiredStart.GetProperty("conversationId").GetString())).ContactId);
        });
        Assert.Contains(host.Logs.Lines, l => l.Contains("wrong signature", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains("expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_visitor_api()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var document = await host.CreateClient().GetStringAsync("/chatflows/api/openapi/chatflows.json");

        Assert.Contains("/chatflows/api/conversations/{id}/messages", document, StringComparison.Ordinal);
        Assert.Contains("\"operationId\": \"PostMessage\"", document, StringComparison.Ordinal);
    }
}

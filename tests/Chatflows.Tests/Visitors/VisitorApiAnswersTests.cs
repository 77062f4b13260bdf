using System.Net;
using System.Text;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Visitors;

/// <summary>Every refusal of the visitor API says what is wrong, in problem details, with the status that fits.</summary>
public sealed class VisitorApiAnswersTests
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task A_message_body_that_is_not_json_is_415_problem(string? contentType)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/chatflows/api/conversations/{id}/messages")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "clientMessageId": "plain-1", "text": "hi" }""")),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = new(contentType);
        }

        request.Headers.Add("X-Chatflows-Visitor", visitor.VisitorId);
        var response = await visitor.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_visitor_api_address_is_404_problem_not_the_sites_page()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);

        var response = await visitor.SendAsync(HttpMethod.Get, "/chatflows/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Too_many_open_conversations_is_429_with_retry_after()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?> { ["Chatflows:Limits:MaxOpenConversationsPerVisitor"] = "1" });
        var visitor = VisitorClient.For(host);
        await visitor.StartAsync();

        var (second, problem) = await visitor.StartAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal("Too many open conversations", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "typing": null }""")]
    public async Task Typing_without_its_field_is_400_problem(string json)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/chatflows/api/conversations/{id}/typing") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Chatflows-Visitor", visitor.VisitorId);
        var response = await visitor.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

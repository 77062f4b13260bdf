using System.Net;
using System.Text.Json;
using Chatflows.KnowledgeBase;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>The Help tab's endpoints on the demo recipe's knowledge bases.</summary>
public sealed class KnowledgeBaseApiTests
{
    [Fact]
    public async Task Search_finds_demo_articles_with_marked_snippets_and_is_cacheable()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = host.CreateClient();

        var response = await client.GetAsync("/chatflows/api/kb/search?q=VAT%20return&lang=en&kb=ledgerly-en");
        var body = await VisitorClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        var first = body.GetProperty("results")[0];
        Assert.Equal("file-vat-return", first.GetProperty("slug").GetString());
        Assert.Equal("VAT and taxes", first.GetProperty("category").GetString());
        Assert.Equal("/help/file-vat-return?lang=en", first.GetProperty("url").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dutch_search_uses_the_dutch_knowledge_base()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var body = await VisitorClient.BodyAsync(await host.CreateClient().GetAsync("/chatflows/api/kb/search?q=bonnetje&lang=nl"));

        Assert.Equal("bonnetjes-toevoegen", body.GetProperty("results")[0].GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("/chatflows/api/kb/search?lang=en", "q")]
    [InlineData("/chatflows/api/kb/search?q=%20&lang=en", "q")]
    [InlineData("/chatflows/api/kb/search?q=vat&lang=x%3Cy", "lang")]
    [InlineData("/chatflows/api/kb/search?q=vat", "lang")]
    [InlineData("/chatflows/api/kb/articles/send-an-invoice?lang=klingon", "lang")]
    public async Task Bad_requests_are_validation_problems(string url, string field)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var response = await host.CreateClient().GetAsync(url);
        var body = await VisitorClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_query_over_200_characters_is_refused()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var response = await host.CreateClient().GetAsync($"/chatflows/api/kb/search?lang=en&q={new string('a', 201)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("title:x AND (")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("~")]
    [InlineData("\\")]
    public async Task Lucene_syntax_from_visitors_is_not_an_error(string q)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var response = await host.CreateClient().GetAsync($"/chatflows/api/kb/search?lang=en&q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Article_is_returned_as_sanitised_html_and_revalidates_with_its_etag()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var client = host.CreateClient();

        var response = await client.GetAsync("/chatflows/api/kb/articles/plans-and-billing?lang=en");
        var body = await VisitorClient.BodyAsync(response);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/chatflows/api/kb/articles/plans-and-billing?lang=en");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Plans, prices and billing", body.GetProperty("title").GetString());
        Assert.Equal("Account and billing", body.GetProperty("category").GetString());
        Assert.Contains("<table>", body.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, body.GetProperty("updatedUtc").ValueKind);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Missing_or_unpublished_article_is_a_404_problem()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        using var scope = host.Services.CreateScope();
        var articles = scope.ServiceProvider.GetRequiredService<KnowledgeArticles>();
        var draft = await articles.FindAsync("ledgerly-en", "en", "cancel-subscription", CancellationToken.None);
        await articles.SetPublishedAsync(draft!.Id, false, CancellationToken.None);

        var missing = await host.CreateClient().GetAsync("/chatflows/api/kb/articles/no-such-article?lang=en");
        var unpublished = await host.CreateClient().GetAsync("/chatflows/api/kb/articles/cancel-subscription?lang=en");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }

    [Fact]
    public async Task Search_is_rate_limited_per_visitor()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Chatflows:Limits:KnowledgeReadsPerMinutePerVisitor"] = "2",
        });
        var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("/chatflows/api/kb/search?q=vat&lang=en")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}

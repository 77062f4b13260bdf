using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>What the widget's Help tab reads (K2): whether to show it, and the categories to browse.</summary>
public sealed class HelpTabApiTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Widget_config_offers_the_help_tab_with_the_chatflows_knowledge_base()
    {
        var body = await VisitorClient.BodyAsync(await _host.CreateClient().GetAsync("/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing"));

        Assert.Equal("ledgerly-en", body.GetProperty("chatflow").GetProperty("help").GetProperty("knowledgeBaseId").GetString());
    }

    [Fact]
    public async Task Chatflow_without_knowledge_base_search_has_no_help_tab()
    {
        await PublishFirstAsync(_host, Flow("plain", "Hi", Action("bye", "sendMessage", new { text = "Bye." })));

        var body = await VisitorClient.BodyAsync(await _host.CreateClient().GetAsync("/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing"));

        Assert.Equal("plain", body.GetProperty("chatflow").GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("chatflow").GetProperty("help").ValueKind);
    }

    [Fact]
    public async Task Categories_list_published_articles_in_category_order_and_are_cacheable()
    {
        var response = await _host.CreateClient().GetAsync("/chatflows/api/kb/categories?lang=en&kb=ledgerly-en");
        var body = await VisitorClient.BodyAsync(response);
        var categories = body.GetProperty("categories").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        Assert.Equal(["invoices-quotes", "vat-taxes", "bank-receipts", "account-billing", "getting-started"], categories.Select(c => c.GetProperty("slug").GetString()));
        Assert.Contains(categories[0].GetProperty("articles").EnumerateArray(), a => a.GetProperty("slug").GetString() == "send-an-invoice");
        Assert.Equal(20, categories.Sum(c => c.GetProperty("articles").GetArrayLength()));
    }

    [Fact]
    public async Task Dutch_categories_come_from_the_dutch_articles()
    {
        var body = await VisitorClient.BodyAsync(await _host.CreateClient().GetAsync("/chatflows/api/kb/categories?lang=nl"));

        Assert.Equal("Facturen en offertes", body.GetProperty("categories")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/chatflows/api/kb/categories", "lang")]
    [InlineData("/chatflows/api/kb/categories?lang=..%2Fetc", "lang")]
    public async Task Bad_category_requests_are_validation_problems(string url, string field)
    {
        var response = await _host.CreateClient().GetAsync(url);
        var body = await VisitorClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _));
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

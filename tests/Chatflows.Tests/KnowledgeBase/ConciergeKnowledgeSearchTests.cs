using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>The bot shares articles (K3) from the knowledge base the demo recipe gives the Concierge (C3).</summary>
public sealed class ConciergeKnowledgeSearchTests
{
    [Fact]
    public async Task Concierge_finds_the_vat_article_for_a_visitor_question()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;

        await visitor.SayAsync(id, "search");
        var (_, answer) = await visitor.SayAsync(id, "How do I file my VAT return?");

        var articles = answer.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "articles");
        var first = articles.GetProperty("payload").GetProperty("articles")[0];
        Assert.Equal("file-vat-return", first.GetProperty("slug").GetString());
        Assert.Equal("/help/file-vat-return?lang=en", first.GetProperty("url").GetString());
        Assert.DoesNotContain("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }
}

using System.Net;
using Chatflows.KnowledgeBase;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>The demo site's public help centre, rendered through the theme.</summary>
public sealed class HelpPagesTests
{
    [Fact]
    public async Task Help_lists_the_english_categories_and_articles()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var html = await host.CreateClient().GetStringAsync("/help");

        Assert.Contains("VAT and taxes", HtmlPage.Parse(html).Texts("h2"));
        Assert.Contains("href=\"/help/file-vat-return?lang=en\"", html, StringComparison.Ordinal);
        Assert.Equal("Help", HtmlPage.Parse(html).One("a[href='/help'][aria-current=page]").TextContent.Trim());
        Assert.DoesNotContain("Hoe doe ik mijn btw-aangifte?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_search_runs_on_the_server_and_encodes_the_query()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var html = await host.CreateClient().GetStringAsync("/help?q=" + Uri.EscapeDataString("reverse charge <script>"));

        Assert.Contains("href=\"/help/reverse-charge?lang=en\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_page_shows_the_sanitised_html()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await host.InScopeAsync(s => s.GetRequiredService<KnowledgeArticles>().SaveAsync(new ArticleInput(
            "ledgerly-en", "en", "unsafe", "Unsafe on purpose", "Hi <script>alert(1)</script> [x](javascript:alert(2)) **bold**"), CancellationToken.None));

        var vat = await host.CreateClient().GetStringAsync("/help/file-vat-return");
        var unsafePage = await host.CreateClient().GetStringAsync("/help/unsafe?lang=en");

        var vatPage = HtmlPage.Parse(vat);
        Assert.Equal("How do I file my VAT return?", vatPage.One("h1").TextContent.Trim());
        Assert.NotEmpty(vatPage.Texts("ol li"));
        Assert.Contains("bold", HtmlPage.Parse(unsafePage).Texts("strong"));
        Assert.DoesNotContain("<script>alert", unsafePage, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", unsafePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dutch_article_page_is_served_with_lang_nl()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var html = await host.CreateClient().GetStringAsync("/help/btw-aangifte-doen?lang=nl");

        Assert.Equal("nl", HtmlPage.Parse(html).One("article.article").GetAttribute("lang"));
        Assert.Contains("Hoe doe ik mijn btw-aangifte?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_article_is_the_themed_404_page()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var response = await host.CreateClient().GetAsync("/help/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Ledgerly", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

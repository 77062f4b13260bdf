using Chatflows.KnowledgeBase.Articles;

namespace Chatflows.KnowledgeBase.Tests.Articles;

public sealed class ArticleRendererTests
{
    private readonly ArticleRenderer _renderer = new();

    [Fact]
    public void Markdown_becomes_html_with_headings_starting_at_h2()
    {
        var article = _renderer.Render("# Title\n\nSome **bold** text.\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |");

        Assert.Contains("<h2>Title</h2>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_tags_in_markdown_never_reach_the_html()
    {
        var article = _renderer.Render("Hello <script>alert(1)</script>\n\n<script>alert(2)</script>");

        Assert.DoesNotContain("<script", article.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_never_as_markup()
    {
        var article = _renderer.Render("<img src=x onerror=alert(1)>\n\n![a](/logo.svg \"t\")");

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", article.Html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/logo.svg\" alt=\"a\" title=\"t\">", article.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Script_links_lose_their_address(string markdown)
    {
        var article = _renderer.Render(markdown);

        Assert.DoesNotContain("script:", article.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", article.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Safe_links_stay_and_get_noopener()
    {
        var article = _renderer.Render("[site](https://ledgerly.example) [page](/pricing) [mail](mailto:hello@ledgerly.example)");

        Assert.Contains("<a href=\"https://ledgerly.example\" rel=\"noopener\">site</a>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/pricing\" rel=\"noopener\">page</a>", article.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:hello@ledgerly.example\" rel=\"noopener\">mail</a>", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_over_plain_http_are_dropped()
    {
        var article = _renderer.Render("![tracker](http://evil.example/x.png)");

        Assert.DoesNotContain("<img", article.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_has_no_markup()
    {
        var article = _renderer.Render("## Steps\n\n1. Go to **Invoices**\n2. Click [Send](/send)");

        Assert.DoesNotContain("**", article.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("<", article.PlainText, StringComparison.Ordinal);
        Assert.Contains("Go to Invoices", article.PlainText, StringComparison.Ordinal);
    }
}

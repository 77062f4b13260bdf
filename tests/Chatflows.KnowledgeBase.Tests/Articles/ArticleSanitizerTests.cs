using Chatflows.KnowledgeBase.Articles;

namespace Chatflows.KnowledgeBase.Tests.Articles;

/// <summary>The allow-list on its own: whatever produced the HTML, nothing that runs script survives.</summary>
public sealed class ArticleSanitizerTests
{
    private static string Sanitize(string html) => ArticleSanitizer.Create().Sanitize(html);

    [Fact]
    public void Script_elements_are_removed()
    {
        Assert.Equal("<p>ok</p>", Sanitize("<p>ok</p><script>alert(1)</script>"));
    }

    [Fact]
    public void Event_attributes_are_removed()
    {
        var html = Sanitize("<p onclick=\"alert(1)\">a</p><img src=\"/x.png\" alt=\"x\" onerror=\"alert(1)\">");

        Assert.Equal("<p>a</p><img src=\"/x.png\" alt=\"x\">", html);
    }

    [Fact]
    public void Javascript_links_lose_their_address()
    {
        Assert.Equal("<a rel=\"noopener\">x</a>", Sanitize("<a href=\"javascript:alert(1)\">x</a>"));
    }

    [Fact]
    public void Styles_iframes_and_forms_are_removed()
    {
        Assert.Equal("<p>a</p>", Sanitize("<p style=\"background:url(x)\">a</p><iframe src=\"https://x\"></iframe><form><input></form>"));
    }
}

using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace Chatflows.KnowledgeBase.Articles;

/// <summary>
/// Markdown → HTML for visitors and plain text for the index (K1). Raw HTML in Markdown is not
/// rendered, and the HTML is sanitised anyway: nothing an editor writes can run script.
/// </summary>
public sealed class ArticleRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    // Configured once and never changed afterwards, which is what makes Sanitize safe to share across threads.
    private readonly HtmlSanitizer _sanitizer = ArticleSanitizer.Create();

    public RenderedArticle Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);

        // The page owns h1 (the article title); the body's headings start at h2 and stop at h4.
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Clamp(heading.Level + 1, 2, 4);
        }

        var html = _sanitizer.Sanitize(Markdown.ToHtml(document, Pipeline));
        var text = Markdown.ToPlainText(markdown, Pipeline).Trim();
        return new RenderedArticle(html, text);
    }
}

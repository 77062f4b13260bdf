using Chatflows.KnowledgeBase;
using Chatflows.KnowledgeBase.Search;

namespace Chatflows.Host.Theming;

/// <summary>
/// The public help centre (issue 7): the site's knowledge base by category, a server-side search, and
/// one page per published article, all through the theme.
/// </summary>
internal static class HelpPages
{
    private const int MaxResults = 20;

    public static WebApplication MapHelpPages(this WebApplication app, LiquidTheme theme)
    {
        app.MapGet("/help", (string? q, IConfiguration configuration, PublishedArticles articles, LuceneKnowledgeIndex index, CancellationToken cancellationToken) =>
            IndexAsync(theme, q, configuration["Theme:HelpKnowledgeBase"] ?? "ledgerly-en", articles, index, cancellationToken));
        app.MapGet("/help/{slug}", (string slug, string? lang, PublishedArticles articles, CancellationToken cancellationToken) =>
            ArticleAsync(theme, slug, lang, articles, cancellationToken));
        return app;
    }

    private static async Task<IResult> IndexAsync(
        LiquidTheme theme, string? q, string knowledgeBaseId, PublishedArticles articles, LuceneKnowledgeIndex index, CancellationToken cancellationToken)
    {
        var query = (q ?? "").Trim();
        query = query.Length > 200 ? query[..200] : query;
        var values = new Dictionary<string, object> { ["query"] = query };
        if (query.Length > 0)
        {
            // Visitor text goes to the index as words only; it escapes any query syntax.
            values["results"] = index.Search(knowledgeBaseId, "en", query, MaxResults);
        }
        else
        {
            values["categories"] = await articles.BrowseAsync(knowledgeBaseId, "en", cancellationToken);
        }

        return await DemoSiteEndpoints.Page(theme, "pages/help", query.Length > 0 ? $"Search: {query}" : "Help centre", "/help", values);
    }

    private static async Task<IResult> ArticleAsync(LiquidTheme theme, string slug, string? lang, PublishedArticles articles, CancellationToken cancellationToken)
    {
        var language = LanguageAnalyzers.IsLanguage(lang) ? lang! : "en";
        var article = slug.Length <= 100 ? await articles.FindAsync(language, slug, knowledgeBaseId: null, cancellationToken) : null;
        return article is null
            ? await DemoSiteEndpoints.NotFound(theme, $"/help/{slug}")
            : await DemoSiteEndpoints.Page(theme, "pages/help-article", article.Title, "/help", new Dictionary<string, object> { ["article"] = article });
    }
}

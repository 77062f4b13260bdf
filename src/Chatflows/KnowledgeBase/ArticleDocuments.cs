using Chatflows.KnowledgeBase.Search;
using Chatflows.Storage;

namespace Chatflows.KnowledgeBase;

/// <summary>How a stored article looks to the search index.</summary>
internal static class ArticleDocuments
{
    public static KnowledgeDocument From(KnowledgeArticleRecord article, string? categoryName, KnowledgeBaseOptions options) => new(
        article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), article.KnowledgeBaseId, article.Language, article.Slug, article.Title,
        article.BodyText, article.Tags.Replace(',', ' '), categoryName ?? "", Url(article.Slug, article.Language, options));

    public static string Url(string slug, string language, KnowledgeBaseOptions options) =>
        options.ArticleUrl.Replace("{slug}", Uri.EscapeDataString(slug), StringComparison.Ordinal)
            .Replace("{language}", Uri.EscapeDataString(language), StringComparison.Ordinal);
}

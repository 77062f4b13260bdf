using Chatflows.KnowledgeBase;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Articles;

/// <summary>The fields of the article editor.</summary>
public sealed class ArticleForm
{
    public string KnowledgeBaseId { get; set; } = "";

    public string Language { get; set; } = "en";

    public string Title { get; set; } = "";

    /// <summary>Left empty, it is made from the title.</summary>
    public string? Slug { get; set; }

    public string? Category { get; set; }

    /// <summary>Comma-separated, as typed.</summary>
    public string? Tags { get; set; }

    public string Body { get; set; } = "";

    public bool Published { get; set; }

    /// <summary>The version the editor opened; a save over a newer one is a conflict.</summary>
    public Guid Version { get; set; }

    public ArticleInput ToInput() => new(
        KnowledgeBaseId, Language, string.IsNullOrWhiteSpace(Slug) ? ArticleSlugs.FromTitle(Title) : Slug.Trim(), Title ?? "", Body ?? "",
        string.IsNullOrEmpty(Category) ? null : Category,
        [.. (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Published, Version == Guid.Empty ? null : Version);

    public static ArticleForm From(ArticleDetails article) => new()
    {
        KnowledgeBaseId = article.KnowledgeBaseId,
        Language = article.Language,
        Title = article.Title,
        Slug = article.Slug,
        Category = article.CategorySlug,
        Tags = article.Tags.Replace(",", ", ", StringComparison.Ordinal),
        Body = article.BodyMarkdown,
        Published = article.Published,
        Version = article.Version,
    };
}

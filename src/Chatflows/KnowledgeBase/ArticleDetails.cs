namespace Chatflows.KnowledgeBase;

/// <summary>An article as its editor opens it: the Markdown, its place and address, and the version to save against.</summary>
/// <param name="Tags">Comma-separated, as stored.</param>
/// <param name="Version">Changes on every save, so two editors cannot silently overwrite each other.</param>
public sealed record ArticleDetails(
    long Id, string KnowledgeBaseId, string Language, string Slug, string Title, string BodyMarkdown, string Tags, string? CategorySlug,
    bool Published, DateTime UpdatedUtc, Guid Version);

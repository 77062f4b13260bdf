namespace Chatflows.KnowledgeBase;

/// <summary>What the admin's article list shows; every part is optional.</summary>
/// <param name="Category">A category slug, or <see cref="Uncategorised"/> for articles without one.</param>
/// <param name="Search">Words in the title, slug or tags.</param>
public sealed record ArticleFilter(string? KnowledgeBaseId = null, string? Category = null, bool? Published = null, string? Search = null)
{
    public const string Uncategorised = "-";
}

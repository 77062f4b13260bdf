namespace Chatflows.KnowledgeBase;

/// <summary>A category with its published articles, as visitors browse them (K2).</summary>
/// <param name="Slug">Empty for the articles without a category.</param>
public sealed record HelpCategory(string Slug, string Name, IReadOnlyList<ArticleLink> Articles);

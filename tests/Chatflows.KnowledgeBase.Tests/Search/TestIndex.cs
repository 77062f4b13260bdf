using Chatflows.KnowledgeBase.Search;
using Microsoft.Extensions.Options;

namespace Chatflows.KnowledgeBase.Tests.Search;

/// <summary>A real Lucene index in memory, and a short way to add articles to it.</summary>
internal static class TestIndex
{
    public static LuceneKnowledgeIndex InMemory() => new(Options.Create(new KnowledgeIndexOptions()));

    public static KnowledgeDocument Article(string slug, string title, string text, string language = "en", string tags = "", string knowledgeBase = "kb") =>
        new($"{knowledgeBase}:{slug}", knowledgeBase, language, slug, title, text, tags, "General", $"/help/{slug}");

    public static IReadOnlyList<string> Slugs(this LuceneKnowledgeIndex index, string query, string language = "en", string? knowledgeBase = null) =>
        [.. index.Search(knowledgeBase, language, query, 10).Select(r => r.Slug)];
}

using Chatflows.KnowledgeBase.Search;

namespace Chatflows.KnowledgeBase.Tests.Search;

/// <summary>What a node needs to follow the database: its index's ids, and many changes in one commit.</summary>
public sealed class IndexFollowingTests
{
    [Fact]
    public void Ids_lists_the_articles_in_a_language_index()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("a", "Alpha", "First."));
        index.Upsert(TestIndex.Article("b", "Beta", "Second."));
        index.Upsert(TestIndex.Article("c", "Gamma", "Derde.", "nl"));

        Assert.Equal(["kb:a", "kb:b"], index.Ids("en").Order());
        Assert.Equal(["kb:c"], index.Ids("nl"));
    }

    [Fact]
    public void Apply_adds_replaces_and_removes_in_one_go()
    {
        using var index = TestIndex.InMemory();
        index.Upsert(TestIndex.Article("old", "Walrus care", "Walruses."));
        index.Upsert(TestIndex.Article("keep", "Otter care", "Otters."));

        index.Apply("en", [TestIndex.Article("keep", "Otter and beaver care", "Beavers too."), TestIndex.Article("new", "Seal care", "Seals.")], ["kb:old"]);

        Assert.Empty(index.Slugs("walrus"));
        Assert.Equal(["keep"], index.Slugs("beaver"));
        Assert.Equal(["new"], index.Slugs("seal"));
        Assert.Equal(2, index.Count("en"));
    }
}

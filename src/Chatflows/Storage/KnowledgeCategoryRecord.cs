namespace Chatflows.Storage;

/// <summary>A group of articles in a knowledge base, as visitors browse them in the Help tab (K2).</summary>
public sealed class KnowledgeCategoryRecord
{
    public long Id { get; set; }

    public string KnowledgeBaseId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Unique within the knowledge base; recipes and articles refer to the category by it.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Position when categories are listed; lower first.</summary>
    public int Order { get; set; }
}

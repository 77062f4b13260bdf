namespace Chatflows.Storage;

/// <summary>A knowledge base (K1): a named set of articles a chatflow can search (C3).</summary>
public sealed class KnowledgeBaseRecord
{
    /// <summary>Stable id chatflows refer to, e.g. <c>ledgerly-en</c>.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The language of all its articles, or null for a multilingual knowledge base.</summary>
    public string? Language { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

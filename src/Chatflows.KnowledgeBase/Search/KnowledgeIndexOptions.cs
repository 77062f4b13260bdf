namespace Chatflows.KnowledgeBase.Search;

/// <summary>Where each node keeps its copy of the search index.</summary>
public sealed class KnowledgeIndexOptions
{
    /// <summary>Folder for one index per language. Default: none, which keeps the index in memory (rebuilt from the database on start).</summary>
    public string? IndexPath { get; set; }
}

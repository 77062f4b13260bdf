namespace Chatflows.KnowledgeBase;

/// <summary>How the module links to articles on the site, and how each node's index follows the database.</summary>
public sealed class KnowledgeBaseOptions
{
    /// <summary>
    /// Address of an article's public page, with <c>{slug}</c> and <c>{language}</c> filled in; shared in
    /// search results and bot cards. Default: <c>/help/{slug}?lang={language}</c>.
    /// </summary>
    public string ArticleUrl { get; set; } = "/help/{slug}?lang={language}";

    /// <summary>
    /// How often a node looks for article changes made on other nodes (DESIGN "Storage and scale").
    /// Default: 2 seconds. Each look is two small indexed queries; zero turns following off (one node).
    /// </summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How far back a look re-reads changes, to cover clocks that differ between nodes and transactions
    /// that commit after a later one. Default: 5 minutes.
    /// </summary>
    public TimeSpan SyncLookback { get; set; } = TimeSpan.FromMinutes(5);
}

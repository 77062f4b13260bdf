namespace Chatflows.KnowledgeBase;

/// <summary>A category in the admin, with how many articles it holds (only an empty one can be deleted).</summary>
public sealed record CategoryRow(long Id, string Slug, string Name, int Order, int Articles);

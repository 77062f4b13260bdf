namespace Chatflows.KnowledgeBase;

/// <summary>A knowledge base in the admin's list, with how many articles it holds.</summary>
public sealed record KnowledgeBaseRow(string Id, string Name, string? Language, int Articles, int Published);

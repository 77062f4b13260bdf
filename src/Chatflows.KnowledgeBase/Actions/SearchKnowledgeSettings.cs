using System.ComponentModel.DataAnnotations;
using Chatflows.Core.References;
using Chatflows.Core.Translations;

namespace Chatflows.KnowledgeBase.Actions;

/// <param name="QueryVariable">Search with this variable's value (an earlier answer) instead of asking.</param>
/// <param name="KnowledgeBaseId">Search this knowledge base instead of the chatflow's (C3), e.g. a product's own.</param>
public sealed record SearchKnowledgeSettings(
    [property: Required, MaxLength(1000), VisitorText] string Prompt = "What are you looking for? Describe it in a few words.",
    [property: MaxLength(1000), VisitorText] string FoundMessage = "These articles might help:",
    [property: MaxLength(1000), VisitorText] string NotFoundMessage = "I couldn't find an article about that.",
    [property: Range(1, 5)] int MaxResults = 3,
    string? QueryVariable = null,
    [property: MaxLength(64), Reference(ReferenceKind.KnowledgeBase)] string? KnowledgeBaseId = null);

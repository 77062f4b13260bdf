using System.Text.Json.Serialization;

namespace Chatflows.Core.Flows;

/// <summary>Whether the bot may search a knowledge base, and which (C3).</summary>
/// <param name="ByLanguage">
/// The knowledge base a visitor in another of the chatflow's languages searches (L1), by language, e.g. <c>nl</c> →
/// <c>help-nl</c>; a language not listed searches <paramref name="KnowledgeBaseId"/> in that language.
/// </param>
public sealed record KnowledgeBaseSettings(bool Enabled = false, string? KnowledgeBaseId = null, IReadOnlyDictionary<string, string>? ByLanguage = null)
{
    /// <summary>
    /// Where a chatflow shown in a translation searches when the translation's language has no articles (L1): the base
    /// language and its knowledge base, as the Help tab does. Set when the chatflow is localized, never stored.
    /// </summary>
    [JsonIgnore]
    public KnowledgeFallback? Fallback { get; init; }
}

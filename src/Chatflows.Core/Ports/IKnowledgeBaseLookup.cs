namespace Chatflows.Core.Ports;

/// <summary>
/// Whether a knowledge base exists (C3, K1), so the validator can report a chatflow that names one that
/// was never created or has been removed, and its own language. The module implements it over its database.
/// </summary>
public interface IKnowledgeBaseLookup
{
    bool Exists(string knowledgeBaseId);

    /// <summary>The language all of the knowledge base's articles are in; null for a multilingual one, or none.</summary>
    ValueTask<string?> LanguageOfAsync(string knowledgeBaseId, CancellationToken cancellationToken);
}

using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Storage;

namespace Chatflows.Flows;

/// <summary>
/// Writes a chatflow's translations into its draft (L1): an XLIFF import, audited under the editor's name. The
/// Translations tab's own form saves like every tab (<c>ChatflowPageModel</c>); both end in <see cref="ChatflowStore"/>.
/// </summary>
public sealed class ChatflowTranslations(ChatflowStore store, AuditLog audit)
{
    /// <summary>Adds <paramref name="texts"/> to the draft's <paramref name="language"/> translation; texts not in the file stay as they were.</summary>
    public async Task<SaveResult> ImportAsync(
        Chatflow draft, string language, IReadOnlyDictionary<string, string> texts, Guid expectedVersion, Editor editor, CancellationToken cancellationToken)
    {
        var merged = new Dictionary<string, string>(draft.Translations.GetValueOrDefault(language) ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, text) in texts)
        {
            merged[key] = text;
        }

        var result = await store.SaveDraftAsync(draft with { Translations = With(draft.Translations, language, merged) }, expectedVersion, editor.Name, cancellationToken);
        if (result.Succeeded)
        {
            await audit.RecordAsync(editor, AuditActions.TranslationImported, draft.Id, draft.Name, $"{texts.Count} text(s) in '{language}' from an XLIFF file", cancellationToken);
        }

        return result;
    }

    /// <summary><paramref name="translations"/> with <paramref name="language"/> set to <paramref name="texts"/>, or removed when they are null.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> With(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> translations, string language, IReadOnlyDictionary<string, string>? texts)
    {
        var copy = new Dictionary<string, IReadOnlyDictionary<string, string>>(translations, StringComparer.Ordinal);
        if (texts is null)
        {
            copy.Remove(language);
        }
        else
        {
            copy[language] = texts;
        }

        return copy;
    }
}

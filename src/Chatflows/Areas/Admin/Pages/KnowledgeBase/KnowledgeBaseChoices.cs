using Chatflows.KnowledgeBase;
using Chatflows.KnowledgeBase.Search;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase;

/// <summary>The knowledge bases and their categories, for the select lists of the article form and the filters.</summary>
public sealed record KnowledgeBaseChoices(IReadOnlyList<KnowledgeBaseRow> Bases, IReadOnlyDictionary<string, IReadOnlyList<CategoryRow>> Categories)
{
    public static IReadOnlyList<string> Languages => LanguageAnalyzers.Supported;

    public static async Task<KnowledgeBaseChoices> LoadAsync(KnowledgeBases bases, KnowledgeCategories categories, CancellationToken cancellationToken)
    {
        var list = await bases.ListAsync(cancellationToken);
        Dictionary<string, IReadOnlyList<CategoryRow>> byBase = [];
        foreach (var knowledgeBase in list)
        {
            byBase[knowledgeBase.Id] = await categories.ListAsync(knowledgeBase.Id, cancellationToken);
        }

        return new KnowledgeBaseChoices(list, byBase);
    }

    public static string LanguageName(string? language) => language switch
    {
        null => "Several languages",
        "en" => "English",
        "nl" => "Dutch",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        _ => language,
    };
}

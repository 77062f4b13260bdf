using Chatflows.Core.Flows;

namespace Chatflows.Core.Translations;

/// <summary>Which of a chatflow's languages a visitor gets (L1): the first they ask for that the chatflow has, else its base language.</summary>
public static class FlowLanguages
{
    /// <summary>The longest language value a visitor may send; longer is ignored rather than refused.</summary>
    public const int MaxRequestLength = 100;

    /// <param name="requested">BCP 47 tags, most wanted first, comma-separated (<c>nl-BE</c>, <c>nl-BE,en</c>); null or empty for none.</param>
    public static string Choose(Chatflow flow, string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested) || requested.Length > MaxRequestLength)
        {
            return flow.Language;
        }

        var languages = flow.Languages;
        foreach (var tag in requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var primary = tag.Split('-', '_', ';')[0].ToLowerInvariant();
            if (languages.Contains(primary, StringComparer.Ordinal))
            {
                return primary;
            }
        }

        return flow.Language;
    }
}

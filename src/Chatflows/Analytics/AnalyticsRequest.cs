using Chatflows.Core.Text;

namespace Chatflows.Analytics;

/// <summary>
/// The analytics filter as typed in the query string, read into an <see cref="AnalyticsQuery"/> or into
/// field errors (keyed by field name) that the page shows in the editor's language and the export answers
/// with a 400 in English.
/// </summary>
/// <param name="Languages">The languages the summary has conversations in, to filter by (L1).</param>
/// <param name="Language">The language asked for, as typed; empty for all.</param>
public sealed record AnalyticsRequest(
    AnalyticsQuery? Query, IReadOnlyDictionary<string, TextMessage> Errors, IReadOnlyList<ChatflowChoice> Chatflows, string From, string To,
    IReadOnlyList<LanguageChoice> Languages, string Language)
{
    public bool IsValid => Query is not null;
}

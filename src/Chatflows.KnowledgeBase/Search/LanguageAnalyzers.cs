using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Chatflows.KnowledgeBase.Search;

/// <summary>
/// The one place that picks the Lucene version and each language's analyzer (stemming and stop words),
/// so indexing and searching can never disagree.
/// </summary>
public static class LanguageAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static IReadOnlyList<string> Supported { get; } = ["en", "nl", "de", "fr", "es"];

    public static Analyzer For(string language) => language switch
    {
        "en" => new EnglishAnalyzer(Version),
        "nl" => new DutchAnalyzer(Version),
        "de" => new GermanAnalyzer(Version),
        "fr" => new FrenchAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        _ => new StandardAnalyzer(Version),
    };
}

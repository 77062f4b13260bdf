using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.El;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Hi;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Util;

namespace Chatflows.KnowledgeBase.Search;

/// <summary>
/// The one place that picks the Lucene version and each language's analyzer (stemming and stop words),
/// so indexing and searching can never disagree. Any language can be searched (L1): one with an analyzer
/// of its own in Lucene.Net.Analysis.Common gets it (Arabic normalises letter forms and strips prefixes),
/// any other the standard analyzer (Unicode word breaks, lower case, no stemming).
/// </summary>
public static partial class LanguageAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The languages offered first where an editor picks one; any other language tag is accepted too.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["en", "nl", "de", "fr", "es", "ar"];

    /// <summary>
    /// A language tag as articles and searches carry it (BCP 47: <c>en</c>, <c>ar</c>, <c>pt-BR</c>, <c>zh-Hant</c>),
    /// at most 16 characters. It names the language's index folder, so nothing else may pass.
    /// </summary>
    public static bool IsLanguage(string? language) => language is { Length: <= 16 } && Tag().IsMatch(language);

    public static Analyzer For(string language) => language.Split('-')[0].ToLowerInvariant() switch
    {
        "en" => new EnglishAnalyzer(Version),
        "nl" => new DutchAnalyzer(Version),
        "de" => new GermanAnalyzer(Version),
        "fr" => new FrenchAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        "ar" => new ArabicAnalyzer(Version),
        "fa" => new PersianAnalyzer(Version),
        "it" => new ItalianAnalyzer(Version),
        "pt" => new PortugueseAnalyzer(Version),
        "ru" => new RussianAnalyzer(Version),
        "sv" => new SwedishAnalyzer(Version),
        "da" => new DanishAnalyzer(Version),
        "no" or "nb" or "nn" => new NorwegianAnalyzer(Version),
        "fi" => new FinnishAnalyzer(Version),
        "tr" => new TurkishAnalyzer(Version),
        "el" => new GreekAnalyzer(Version),
        "hi" => new HindiAnalyzer(Version),
        "zh" or "ja" or "ko" => new CJKAnalyzer(Version),
        _ => new StandardAnalyzer(Version),
    };

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")]
    private static partial Regex Tag();
}

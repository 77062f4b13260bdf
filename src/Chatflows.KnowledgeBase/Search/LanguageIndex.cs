using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Chatflows.KnowledgeBase.Search;

/// <summary>
/// The index of one language: one writer and one searcher manager for its whole life (near-real-time:
/// a change is searchable as soon as it is written). Title weighs more than tags, tags more than body.
/// </summary>
internal sealed partial class LanguageIndex : IDisposable
{
    private const int SnippetLength = 160;
    private static readonly Dictionary<string, float> Boosts = new() { ["title"] = 3f, ["tags"] = 2f, ["body"] = 1f };
    private static readonly string[] Fields = ["title", "tags", "body"];

    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public LanguageIndex(string language, string? path)
    {
        _analyzer = LanguageAnalyzers.For(language);
        _directory = path is null ? new RAMDirectory() : FSDirectory.Open(CreatedFolder(Path.Combine(path, language)));
        _writer = OpenWriter();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    // A deleted index folder is a missing index, not an error: it is rebuilt from the database.
    private static string CreatedFolder(string folder) => System.IO.Directory.CreateDirectory(folder).FullName;

    /// <summary>True when the index on disk could not be read and was started empty: it needs a rebuild.</summary>
    public bool WasCorrupt { get; private set; }

    public int Count => _writer.NumDocs;

    /// <summary>Whether the index holds any article of <paramref name="knowledgeBaseId"/> (of any knowledge base when null).</summary>
    public bool HasArticles(string? knowledgeBaseId)
    {
        var searcher = _searchers.Acquire();
        try
        {
            Query query = knowledgeBaseId is null ? new MatchAllDocsQuery() : new TermQuery(new Term("kb", knowledgeBaseId));
            return searcher.Search(query, 1).TotalHits > 0;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The ids of every article in the index, to find the ones deleted from the database meanwhile.</summary>
    public IReadOnlyList<string> Ids()
    {
        var searcher = _searchers.Acquire();
        try
        {
            var hits = searcher.Search(new MatchAllDocsQuery(), Math.Max(1, searcher.IndexReader.NumDocs)).ScoreDocs;
            return [.. hits.Select(hit => searcher.Doc(hit.Doc).Get("id", CultureInfo.InvariantCulture)).OfType<string>()];
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Upsert(KnowledgeDocument document)
    {
        _writer.UpdateDocument(new Term("id", document.Id), ToLucene(document));
        Publish();
    }

    public void Delete(string id)
    {
        _writer.DeleteDocuments(new Term("id", id));
        Publish();
    }

    /// <summary>Several changes in one commit, so following another node's burst of edits costs one refresh.</summary>
    public void Apply(IEnumerable<KnowledgeDocument> upserts, IEnumerable<string> deletes)
    {
        foreach (var document in upserts)
        {
            _writer.UpdateDocument(new Term("id", document.Id), ToLucene(document));
        }

        foreach (var id in deletes)
        {
            _writer.DeleteDocuments(new Term("id", id));
        }

        Publish();
    }

    public void Replace(IEnumerable<KnowledgeDocument> documents)
    {
        _writer.DeleteAll();
        foreach (var document in documents)
        {
            _writer.AddDocument(ToLucene(document));
        }

        Publish();
    }

    /// <summary>
    /// Best matches for what a visitor typed. Their text is never query syntax: words are escaped. All
    /// words first; then any word; then, when nothing matched, with typos allowed. The last word also
    /// matches as a prefix, so results follow the visitor as they type.
    /// </summary>
    public IReadOnlyList<KnowledgeSearchResult> Search(string? knowledgeBaseId, string text, int maxResults)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return [];
        }

        foreach (var (op, fuzzy) in new[] { (Operator.AND, false), (Operator.OR, false), (Operator.OR, true) })
        {
            var query = Build(words, op, fuzzy, knowledgeBaseId);
            if (query is not null && Run(query, maxResults) is { Count: > 0 } hits)
            {
                return hits;
            }
        }

        return [];
    }

    private Query? Build(List<string> words, Operator op, bool fuzzy, string? knowledgeBaseId)
    {
        var parser = new MultiFieldQueryParser(LanguageAnalyzers.Version, Fields, _analyzer, Boosts) { DefaultOperator = op };
        var terms = words.Select((word, i) =>
        {
            var escaped = QueryParserBase.Escape(word);
            // Fuzzy terms are not stemmed, so a longer word gets a second edit to reach its stem ("invocie" → "invoic").
            return fuzzy ? (word.Length >= 6 ? $"{escaped}~2" : word.Length >= 4 ? $"{escaped}~1" : escaped)
                : i == words.Count - 1 ? $"({escaped} OR {escaped}*)" : escaped;
        });
        Query main;
        try
        {
            main = parser.Parse(string.Join(' ', terms));
        }
        catch (ParseException)
        {
            return null;
        }

        if (main is BooleanQuery { Clauses.Count: 0 })
        {
            return null; // only stop words
        }

        if (knowledgeBaseId is null)
        {
            return main;
        }

        return new BooleanQuery { { main, Occur.MUST }, { new TermQuery(new Term("kb", knowledgeBaseId)), Occur.MUST } };
    }

    private List<KnowledgeSearchResult> Run(Query query, int maxResults)
    {
        var searcher = _searchers.Acquire();
        try
        {
            // Article text is editor input: the encoder escapes it, so only our <mark> tags are markup. The
            // plain snippet is the same passage decoded, rather than a second highlighting pass (half the cost).
            var marked = Highlighter(query, new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder());
            return [.. searcher.Search(query, maxResults).ScoreDocs.Select(hit =>
            {
                var document = searcher.Doc(hit.Doc);
                string Stored(string field) => document.Get(field, CultureInfo.InvariantCulture) ?? "";
                var body = Stored("body");
                var opening = body[..Math.Min(body.Length, SnippetLength)];
                var best = marked.GetBestFragment(_analyzer, "body", body);
                var snippetHtml = best ?? SimpleHTMLEncoder.HtmlEncode(opening);
                var snippet = best is null ? opening : WebUtility.HtmlDecode(best.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
                return new KnowledgeSearchResult(Stored("slug"), Stored("title"), snippet.Trim(), snippetHtml.Trim(), Stored("url"), Stored("category"));
            })];
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static Highlighter Highlighter(Query query, IFormatter formatter, IEncoder encoder) =>
        new(formatter, encoder, new QueryScorer(query, "body")) { TextFragmenter = new SimpleFragmenter(SnippetLength) };

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.Length > 200 ? text[..200] : text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length <= 40).Take(12)];

    private static Document ToLucene(KnowledgeDocument d) =>
    [
        new StringField("id", d.Id, Field.Store.YES),
        new StringField("kb", d.KnowledgeBaseId, Field.Store.YES),
        new StringField("slug", d.Slug, Field.Store.YES),
        new StoredField("url", d.Url),
        new StoredField("category", d.Category),
        new TextField("title", d.Title, Field.Store.YES),
        new TextField("tags", $"{d.Tags} {d.Category}", Field.Store.NO),
        new TextField("body", d.Text, Field.Store.YES),
    ];

    private IndexWriter OpenWriter()
    {
        try
        {
            return new IndexWriter(_directory, Config(OpenMode.CREATE_OR_APPEND));
        }
        catch (Exception e) when (e is not LockObtainFailedException
            && e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or IOException)
        {
            // The database is the truth: start empty and let the owner rebuild. Even OpenMode.CREATE reads
            // the old commit point, so the unreadable files have to go first.
            WasCorrupt = true;
            foreach (var file in _directory.ListAll())
            {
                _directory.DeleteFile(file);
            }

            return new IndexWriter(_directory, Config(OpenMode.CREATE));
        }
    }

    // A held write lock is another writer, not corruption: most often this node's previous host still closing
    // its index while the next one starts (a restart in place, or the generic host disposing its services on
    // two threads). Waiting for it is safe; deleting the files under it would not be.
    private IndexWriterConfig Config(OpenMode mode) =>
        new(LanguageAnalyzers.Version, _analyzer) { OpenMode = mode, WriteLockTimeout = WriteLockWait };

    private const long WriteLockWait = 15_000;

    private void Publish()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

using System.Diagnostics;
using System.Globalization;
using Chatflows.KnowledgeBase.Search;
using Microsoft.Extensions.Options;

namespace Chatflows.Benchmarks.KnowledgeBase;

/// <summary>
/// The knowledge-base index at 10,000 articles (issue 7): build time, query latency p50/p99, and how long
/// an edit takes until search shows it (near-real-time). Queries go through the same search as the Help
/// tab, snippets and highlighting included. A plain stopwatch run, bounded to under a minute, rather than BenchmarkDotNet, whose warm-up would rebuild the index dozens of times.
/// Run: <c>dotnet run -c Release --project tests/Chatflows.Benchmarks -- knowledge-base</c>.
/// </summary>
public static class KnowledgeSearchBenchmark
{
    private const int Articles = 10_000;
    private const int WordsPerArticle = 300;
    private const int Queries = 500;
    private const int Updates = 50;

    /// <summary>The on-disk pass is skipped when the in-memory one already took this long (a loaded machine).</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);

    public static void Run()
    {
        var words = Vocabulary(new Random(7), 3_000);
        var documents = Documents(new Random(11), words).ToList();
        Console.WriteLine($"{Articles:N0} articles of {WordsPerArticle} words, {Environment.ProcessorCount} cores");
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        Measure("in memory", path: null, documents, words);
        Console.WriteLine($"in memory  took {clock.Elapsed.TotalSeconds:F1} s wall, {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:F1} s CPU (a busy machine shows in the difference)");
        if (clock.Elapsed > Budget)
        {
            Console.WriteLine($"on disk    skipped: the in-memory pass took {clock.Elapsed.TotalSeconds:F0} s, the machine is busy");
            return;
        }

        var folder = Directory.CreateTempSubdirectory("chatflows-kb-bench").FullName;
        try
        {
            Measure("on disk", folder, documents, words);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Measure(string where, string? path, List<KnowledgeDocument> documents, string[] words)
    {
        using var index = new LuceneKnowledgeIndex(Options.Create(new KnowledgeIndexOptions { IndexPath = path }));
        var clock = Stopwatch.StartNew();
        index.Replace("en", documents);
        var build = clock.Elapsed;

        var random = new Random(13);
        for (var i = 0; i < 100; i++)
        {
            index.Search(null, "en", Query(random, words), 10); // warm-up: JIT and caches
        }

        var latencies = new double[Queries];
        for (var i = 0; i < Queries; i++)
        {
            var query = Query(random, words);
            clock.Restart();
            index.Search(null, "en", query, 10);
            latencies[i] = clock.Elapsed.TotalMilliseconds;
        }

        // An edit is visible when the next search finds the new word: the upsert commits and refreshes the searcher.
        var visible = new double[Updates];
        for (var i = 0; i < Updates; i++)
        {
            var marker = $"zqmarker{i.ToString(CultureInfo.InvariantCulture)}";
            var edited = documents[random.Next(documents.Count)] with { Title = $"Edited {marker}" };
            clock.Restart();
            index.Upsert(edited);
            var found = index.Search(null, "en", marker, 1).Count == 1;
            visible[i] = clock.Elapsed.TotalMilliseconds;
            if (!found)
            {
                throw new InvalidOperationException($"Edit {i} was not searchable right after the upsert.");
            }
        }

        Array.Sort(latencies);
        Array.Sort(visible);
        Console.WriteLine(
            $"{where,-10} build {build.TotalSeconds:F2} s | query p50 {Percentile(latencies, 50):F2} ms, p99 {Percentile(latencies, 99):F2} ms " +
            $"| edit visible p50 {Percentile(visible, 50):F2} ms, p99 {Percentile(visible, 99):F2} ms");
    }

    private static double Percentile(double[] sorted, int percent) => sorted[Math.Min(sorted.Length - 1, sorted.Length * percent / 100)];

    private static string Query(Random random, string[] words) =>
        string.Join(' ', Enumerable.Range(0, random.Next(2, 4)).Select(_ => Zipf(random, words)));

    private static IEnumerable<KnowledgeDocument> Documents(Random random, string[] words)
    {
        for (var i = 0; i < Articles; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var title = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Zipf(random, words)));
            var body = string.Join(' ', Enumerable.Range(0, WordsPerArticle).Select(_ => Zipf(random, words)));
            yield return new KnowledgeDocument(id, "bench", "en", $"article-{id}", title, body, Zipf(random, words), "Category", $"/help/article-{id}");
        }
    }

    // Word frequencies in text fall off roughly as 1/rank, so a few words are everywhere and most are rare.
    private static string Zipf(Random random, string[] words) => words[(int)Math.Min(words.Length - 1, Math.Exp(random.NextDouble() * Math.Log(words.Length)) - 1)];

    private static string[] Vocabulary(Random random, int size) =>
        [.. Enumerable.Range(0, size).Select(_ => new string([.. Enumerable.Range(0, random.Next(4, 10)).Select(_ => (char)('a' + random.Next(26)))])).Distinct()];
}

using System.Text.RegularExpressions;

namespace MvcSite.Tests;

/// <summary>The repository's own files (README, docs, projects) as the tests that keep them true read them.</summary>
internal static partial class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(params string[] path) => File.ReadAllText(Path.Combine([Root, .. path]));

    /// <summary>The README's "Use it in your own site" section, up to the next section.</summary>
    public static string ReadmeInstallSection()
    {
        var readme = Read("README.md");
        var start = readme.IndexOf("## Use it in your own site", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    /// <summary>The fenced code blocks of one language in a Markdown text.</summary>
    public static List<string> Blocks(string markdown, string language) =>
        [.. Fence().Matches(markdown).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value)];

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Chatflows.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Chatflows.sln not found above the test binaries.");
    }

    [GeneratedRegex("```([a-z]*)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}

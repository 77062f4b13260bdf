using System.Text.RegularExpressions;

namespace MvcSite.Tests;

/// <summary>The README's "Use it in your own site" code is this sample's Program.cs, so it builds and runs as written.</summary>
public sealed partial class ReadmeSnippetTests
{
    [Fact]
    public void Every_line_of_the_readmes_csharp_snippet_is_in_the_samples_program()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var section = readme[readme.IndexOf("## Use it in your own site", StringComparison.Ordinal)..];
        var program = File.ReadAllLines(Path.Combine(root, "samples", "MvcSite", "Program.cs")).Select(l => l.Trim()).ToHashSet();

        var snippet = CSharpBlock().Match(section).Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "…").ToList();

        Assert.NotEmpty(snippet);
        Assert.All(snippet, line => Assert.Contains(line, program));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Chatflows.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Chatflows.sln not found above the test binaries.");
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}

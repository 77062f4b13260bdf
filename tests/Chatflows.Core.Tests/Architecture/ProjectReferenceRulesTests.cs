using System.Xml.Linq;

namespace Chatflows.Core.Tests.Architecture;

/// <summary>Arrows point one way: Host → Chatflows → KnowledgeBase → Core (DESIGN.md). These tests keep it so.</summary>
public sealed class ProjectReferenceRulesTests
{
    private static readonly string Root = FindRoot();

    [Theory]
    [InlineData("Chatflows.Core", new string[0])]
    [InlineData("Chatflows.KnowledgeBase", new[] { "Chatflows.Core" })]
    [InlineData("Chatflows", new[] { "Chatflows.Core", "Chatflows.KnowledgeBase" })]
    [InlineData("Chatflows.Host", new[] { "Chatflows" })]
    public void Projects_reference_only_the_layers_below_them(string project, string[] allowed)
    {
        var references = ProjectReferences(project);

        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void Core_references_no_web_database_or_search_framework()
    {
        var document = XDocument.Load(ProjectFile("Chatflows.Core"));
        var packages = document.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include") ?? "").ToList();
        var frameworks = document.Descendants("FrameworkReference").Select(p => (string?)p.Attribute("Include") ?? "").ToList();

        Assert.DoesNotContain(packages, p => p.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || p.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || p.StartsWith("Lucene", StringComparison.Ordinal)
            || p.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.Empty(frameworks);
        Assert.Equal("Microsoft.NET.Sdk", document.Root?.Attribute("Sdk")?.Value);
    }

    [Fact]
    public void Core_source_uses_no_web_database_or_search_namespace()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Root, "src", "Chatflows.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(line => line.StartsWith("using Microsoft.AspNetCore", StringComparison.Ordinal)
                || line.StartsWith("using Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                || line.StartsWith("using Lucene", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(offenders);
    }

    private static List<string> ProjectReferences(string project) =>
        [.. XDocument.Load(ProjectFile(project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')))];

    private static string ProjectFile(string project) => Path.Combine(Root, "src", project, $"{project}.csproj");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chatflows.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Chatflows.sln not found above the test binaries.");
    }
}

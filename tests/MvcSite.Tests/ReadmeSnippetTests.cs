using System.Xml.Linq;

namespace MvcSite.Tests;

/// <summary>
/// The README's "Use it in your own site" code is this sample's Program.cs, so it builds and runs as written; its
/// shell lines name the package that is packed. The JSON snippets are checked by <see cref="ConfigurationSnippetTests"/>.
/// </summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void Every_line_of_the_readmes_csharp_snippet_is_in_the_samples_program()
    {
        var program = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "samples", "MvcSite", "Program.cs")).Select(l => l.Trim()).ToHashSet();

        var snippet = RepositoryFiles.Blocks(RepositoryFiles.ReadmeInstallSection(), "csharp").Single()
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "…").ToList();

        Assert.NotEmpty(snippet);
        Assert.All(snippet, line => Assert.Contains(line, program));
    }

    [Theory]
    [InlineData("installation.md")]
    [InlineData("package-readme.md")]
    public void The_two_lines_and_their_using_in_the_guide_and_the_package_readme_are_the_samples_own(string document)
    {
        var program = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "samples", "MvcSite", "Program.cs")).Select(l => l.Trim()).ToHashSet();

        var twoLines = RepositoryFiles.Blocks(RepositoryFiles.Read("docs", document), "csharp").First()
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "…").ToList();

        Assert.Equal(["using Chatflows;", "builder.Services.AddChatflows();", "app.MapChatflows();"], twoLines.Select(l => l.Split("  ")[0]));
        Assert.All(twoLines, line => Assert.Contains(line, program));
    }

    [Fact]
    public void Dotnet_add_package_names_the_package_that_is_packed_and_that_the_package_only_sample_uses()
    {
        var packageId = XDocument.Parse(RepositoryFiles.Read("src", "Chatflows", "Chatflows.csproj")).Descendants("PackageId").Single().Value;
        var sampleReference = XDocument.Parse(RepositoryFiles.Read("samples", "RazorPagesSite", "RazorPagesSite.csproj"))
            .Descendants("PackageReference").Single().Attribute("Include")!.Value;

        var commands = RepositoryFiles.Blocks(RepositoryFiles.ReadmeInstallSection(), "sh")
            .Concat(RepositoryFiles.Blocks(RepositoryFiles.Read("docs", "installation.md"), "sh"))
            .SelectMany(b => b.Split('\n')).Where(l => l.StartsWith("dotnet add package", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, commands.Count);
        Assert.All(commands, command => Assert.Equal($"dotnet add package {packageId}", command.Trim()));
        Assert.Equal(packageId, sampleReference);
    }
}

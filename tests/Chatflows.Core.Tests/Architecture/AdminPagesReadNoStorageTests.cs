using System.Text.RegularExpressions;

namespace Chatflows.Core.Tests.Architecture;

/// <summary>
/// Pages read through their feature's query service and write through its write service (STYLE 26): nothing under
/// <c>src/Chatflows/Areas/</c> names the DbContext, EF Core, the storage namespace or a storage record.
/// </summary>
public sealed partial class AdminPagesReadNoStorageTests
{
    private static readonly string Root = FindRoot();

    private static readonly string Areas = Path.Combine(Root, "src", "Chatflows", "Areas");

    [Fact]
    public void No_file_under_Areas_uses_storage_or_EF_Core()
    {
        var records = StorageRecordNames();
        var files = AreaFiles();

        var offenders = files
            .Select(f => (f.Relative, Uses: Uses(File.ReadAllText(f.Path), records)))
            .Where(f => f.Uses.Count > 0)
            .Select(f => $"{f.Relative}: {string.Join(", ", f.Uses)}")
            .ToList();

        Assert.True(files.Count > 100, $"Expected the admin's pages under {Areas}, found {files.Count} files.");
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("using Chatflows.Storage;")]
    [InlineData("public sealed class X(ChatflowsDbContext db)")]
    [InlineData("using Microsoft.EntityFrameworkCore;")]
    [InlineData("public Storage.KnowledgeArticleRecord Article { get; }")]
    [InlineData("@if (status == global::Chatflows.Storage.ConversationStatuses.Closed)")]
    [InlineData("IReadOnlyList<TicketRecord> Tickets")]
    public void The_rule_sees_each_way_of_naming_storage(string line)
    {
        Assert.NotEmpty(Uses(line, StorageRecordNames()));
    }

    [Fact]
    public void The_rule_leaves_query_services_and_read_models_alone()
    {
        Assert.Empty(Uses("public sealed class IndexModel(TicketQueries tickets, PickListQueries lists) : PageModel { IReadOnlyList<TicketRow> Rows; }", StorageRecordNames()));
    }

    private static List<string> Uses(string text, IReadOnlySet<string> records)
    {
        List<string> uses = [.. Forbidden().Matches(text).Select(m => m.Value)];
        uses.AddRange(Identifier().Matches(text).Select(m => m.Value).Where(records.Contains));
        return [.. uses.Distinct(StringComparer.Ordinal)];
    }

    // The storage model's records (TicketRecord, MessageRecord, …): a page that names one shows a table row, not a read model.
    private static HashSet<string> StorageRecordNames() =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, "src", "Chatflows", "Storage"), "*Record.cs", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    private static List<(string Path, string Relative)> AreaFiles() =>
        [.. Directory.EnumerateFiles(Areas, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => (f, Path.GetRelativePath(Areas, f).Replace(Path.DirectorySeparatorChar, '/')))];

    [GeneratedRegex(@"\bChatflowsDbContext\b|\bMicrosoft\.EntityFrameworkCore\b|\bStorage\.[A-Z]\w*|\bChatflows\.Storage\b")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\b[A-Z]\w*Record\b")]
    private static partial Regex Identifier();

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

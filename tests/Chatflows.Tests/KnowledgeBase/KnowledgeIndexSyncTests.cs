using System.Net.Http.Json;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>The database is the truth: a node rebuilds its index on start when it is missing or unreadable.</summary>
public sealed class KnowledgeIndexSyncTests
{
    [Fact]
    public async Task Index_is_rebuilt_from_the_database_when_its_folder_was_deleted()
    {
        var (database, folder) = (TestDatabase.Create(DatabaseProvider.Sqlite), Directory.CreateTempSubdirectory("chatflows-index").FullName);
        try
        {
            await using (var first = Host(database, folder))
            {
                Assert.NotEmpty(await SearchAsync(first, "invoice"));
            }

            await DeleteAsync(folder);

            await using var second = Host(database, folder);
            Assert.Contains("send-an-invoice", await SearchAsync(second, "invoice"));
            Assert.Contains(second.Logs.Lines, m => m.Contains("Rebuilt the en knowledge-base index", StringComparison.Ordinal));
        }
        finally
        {
            await database.DisposeAsync();
            await DeleteAsync(folder);
        }
    }

    [Fact]
    public async Task Index_is_rebuilt_from_the_database_when_a_segment_file_is_corrupt()
    {
        var (database, folder) = (TestDatabase.Create(DatabaseProvider.Sqlite), Directory.CreateTempSubdirectory("chatflows-index").FullName);
        try
        {
            await using (var first = Host(database, folder))
            {
                Assert.NotEmpty(await SearchAsync(first, "invoice"));
            }

            foreach (var segments in Directory.EnumerateFiles(Path.Combine(folder, "en"), "segments_*"))
            {
                await File.WriteAllBytesAsync(segments, [.. Enumerable.Repeat((byte)0x5A, 64)]);
            }

            await using var second = Host(database, folder);
            Assert.Contains("send-an-invoice", await SearchAsync(second, "invoice"));
        }
        finally
        {
            await database.DisposeAsync();
            await DeleteAsync(folder);
        }
    }

    private static ChatflowsFactory Host(TestDatabase database, string folder) =>
        new(database, settings: new Dictionary<string, string?> { ["Chatflows:KnowledgeBase:IndexPath"] = folder }, ownsDatabase: false);

    private static async Task<IReadOnlyList<string>> SearchAsync(ChatflowsFactory host, string q)
    {
        var body = await host.CreateClient().GetFromJsonAsync<JsonElement>($"/chatflows/api/kb/search?q={q}&lang=en");
        return [.. body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!)];
    }

    // A stopped host's index files can still be closing for a moment; deleting retries until the folder is gone.
    private static async Task DeleteAsync(string folder)
    {
        for (var attempt = 1; Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) when (attempt < 20)
            {
                await Task.Delay(100);
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
        }
    }
}

using System.Net;
using Microsoft.Data.Sqlite;

namespace MvcSite.Tests;

/// <summary>
/// Issue 15: the module lives in the site's own SQLite file, beside the site's Identity tables. Its tables carry
/// the <c>chatflows_</c> prefix, so neither <c>AspNetUsers</c> nor <c>RoleNameIndex</c> clashes, whether the module
/// comes first or moves into a file where the site's tables already are.
/// </summary>
public sealed class SharedDatabaseTests : IDisposable
{
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("mvcsite-shared-").FullName, "site.db");

    [Fact]
    public async Task The_site_and_the_module_keep_their_own_users_in_one_database_file()
    {
        using var site = SharingOneFile();

        await AssertBothSignInsWorkAsync(site);
        Assert.Equal([SampleSiteFactory.MemberEmail], await EmailsAsync("AspNetUsers"));
        Assert.Equal([SampleSiteFactory.StaffEmail], await EmailsAsync("chatflows_AspNetUsers"));
    }

    [Fact]
    public async Task The_module_moves_into_a_site_database_that_already_has_the_sites_identity_tables()
    {
        using (var before = new SampleSiteFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Site"] = $"Data Source={_file}",
            ["Chatflows:Database:ConnectionString"] = $"Data Source={Path.ChangeExtension(_file, ".chatflows.db")}",
        }))
        {
            _ = before.Services; // the site creates AspNetUsers, AspNetRoles, RoleNameIndex … in its file
        }

        Assert.Equal([SampleSiteFactory.MemberEmail], await EmailsAsync("AspNetUsers"));
        using var site = SharingOneFile();

        await AssertBothSignInsWorkAsync(site);
        Assert.Equal([SampleSiteFactory.MemberEmail], await EmailsAsync("AspNetUsers"));
        Assert.Equal([SampleSiteFactory.StaffEmail], await EmailsAsync("chatflows_AspNetUsers"));
    }

    private SampleSiteFactory SharingOneFile() => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Site"] = $"Data Source={_file}",
        ["Chatflows:Database:ConnectionString"] = $"Data Source={_file}",
    });

    private static async Task AssertBothSignInsWorkAsync(SampleSiteFactory site)
    {
        var member = site.Browser();
        var staff = site.Browser();

        var memberSignIn = await Forms.SignInToSiteAsync(member);
        var members = await member.GetAsync("/Members");
        var staffSignIn = await Forms.SignInToChatflowsAsync(staff);
        var dashboard = await staff.GetAsync("/chatflows-admin");
        var staffAsMember = await Forms.PostAsync(site.Browser(), "/Account/SignIn", "/Account/SignIn",
            new() { ["Email"] = SampleSiteFactory.StaffEmail, ["Password"] = SampleSiteFactory.StaffPassword });

        Assert.Equal(HttpStatusCode.Redirect, memberSignIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, staffSignIn.StatusCode);
        Assert.Equal("/chatflows-admin", staffSignIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, staffAsMember.StatusCode); // staff are not the site's members
    }

    private async Task<List<string>> EmailsAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={_file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Email\" FROM \"{table}\" ORDER BY \"Email\"";
        List<string> emails = [];
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            emails.Add(reader.GetString(0));
        }

        return emails;
    }

    public void Dispose() => SqliteConnection.ClearAllPools();
}

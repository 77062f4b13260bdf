using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Tests.Storage;

/// <summary>
/// Issue 15: on SQLite every table and index of the module carries <see cref="SqliteTables.Prefix"/>, so the module
/// can share the site's database file. A database made by the earlier migrations is moved, data and all.
/// </summary>
public sealed class SqliteTablePrefixTests
{
    private const string LastUnprefixedMigration = "20261203082746_VisitorSeq";

    [Fact]
    public async Task A_database_made_by_the_earlier_migrations_keeps_its_data_under_the_prefixed_names()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using (var old = new SqliteChatflowsDbContext(new DbContextOptionsBuilder<SqliteChatflowsDbContext>().UseSqlite(database.ConnectionString).Options))
        {
            await old.GetService<IMigrator>().MigrateAsync(LastUnprefixedMigration);
            // The rows an earlier version wrote, in its own tables (this version's code cannot write the old schema).
            // Raw SQL goes through string.Format: braces are doubled.
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO "AspNetRoles" ("Id", "Name", "NormalizedName") VALUES ('legacy-role', 'Legacy', 'LEGACY');
                INSERT INTO "Contacts" ("Id", "VisitorId", "Email", "PropertiesJson", "CompanyPropertiesJson", "IsMarketingContact", "CreatedUtc", "UpdatedUtc")
                    VALUES (7, 'old-visitor', 'noor@example.com', '{{"email":"noor@example.com"}}', '{{}}', 0, '2026-12-01 10:00:00', '2026-12-01 10:00:00');
                INSERT INTO "Contacts" ("Id", "VisitorId", "Email", "PropertiesJson", "CompanyPropertiesJson", "IsMarketingContact", "CreatedUtc", "UpdatedUtc")
                    VALUES (8, 'typing-visitor', 'ines@example.com', '{{"email":"ines@example.com"}}', '{{}}', 0, '2026-12-01 10:00:00', '2026-12-01 10:00:00');
                INSERT INTO "Conversations" ("Id", "ChatflowId", "VisitorId", "ContactId", "VerifiedEmail", "FlowVersion", "IsPreview", "LastActivityUtc", "LastSeq", "LastVisitorSeq", "StartedUtc", "StateJson", "Status")
                    VALUES ('oldconversation0000000000000001', 'concierge', 'old-visitor', 7, 'noor@example.com', 1, 0, '2026-12-01 10:00:00', 1, 1, '2026-12-01 10:00:00', '{{}}', 'completed');
                INSERT INTO "Messages" ("ConversationId", "Seq", "VisitorSeq", "Author", "Kind", "Text", "CreatedUtc")
                    VALUES ('oldconversation0000000000000001', 1, 1, 'Visitor', 'text', 'my zebra invoice is missing', '2026-12-01 10:00:00');
                """);
        }

        await using var host = new ChatflowsFactory(database, ownsDatabase: false);
        _ = host.Services; // the start migrates the rest of the way
        var visitor = VisitorClient.For(host);
        var (_, started) = await visitor.StartAsync();
        await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, "the giraffe invoice too");
        await SearchIndexCatchUp.WaitAsync(host);

        var tables = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Database
            .SqlQueryRaw<string>("""SELECT "name" AS "Value" FROM sqlite_master WHERE "type" IN ('table', 'index') AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '__EFMigrations%'""").ToListAsync());
        Assert.NotEmpty(tables);
        Assert.All(tables, name => Assert.Contains(SqliteTables.Prefix, name, StringComparison.Ordinal));
        var (roles, contacts, oldHits, newHits) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.Roles.Select(r => r.Name).ToListAsync(),
                await db.Contacts.Where(c => c.Id == 7 || c.Id == 8).OrderBy(c => c.Id).Select(c => c.VerifiedEmail).ToListAsync(),
                await MessageSearch.ConversationIds(db, "zebra").ToListAsync(),
                await MessageSearch.ConversationIds(db, "giraffe").ToListAsync());
        });
        Assert.Contains("Legacy", roles);
        Assert.Equal(["noor@example.com", null], contacts);
        Assert.Equal(["oldconversation0000000000000001"], oldHits);
        Assert.Single(newHits);
    }

    [Fact]
    public async Task A_first_start_killed_half_way_through_the_migrations_is_finished_by_the_next_start()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        // What a first start leaves when it is killed after its early migrations (made with today's prefixed names)
        // and before the migration that renamed the old tables.
        var options = new DbContextOptionsBuilder<SqliteChatflowsDbContext>().UseSqliteTables(new DatabaseOptions(), database.ConnectionString, newDatabase: true);
        await using (var halfWay = new SqliteChatflowsDbContext((DbContextOptions<SqliteChatflowsDbContext>)options.Options))
        {
            await halfWay.GetService<IMigrator>().MigrateAsync(LastUnprefixedMigration);
        }

        await using var host = new ChatflowsFactory(database, ownsDatabase: false);
        _ = host.Services; // the next start migrates the rest of the way
        var visitor = VisitorClient.For(host);
        var (_, started) = await visitor.StartAsync();
        var (response, _) = await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, "hello again");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var tables = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Database
            .SqlQueryRaw<string>("""SELECT "name" AS "Value" FROM sqlite_master WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '__EFMigrations%'""").ToListAsync());
        Assert.NotEmpty(tables);
        Assert.All(tables, name => Assert.StartsWith(SqliteTables.Prefix, name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_database_has_no_table_index_or_trigger_without_the_prefix()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var names = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Database
            .SqlQueryRaw<string>("""SELECT "name" AS "Value" FROM sqlite_master WHERE "name" NOT LIKE 'sqlite%' AND "name" NOT LIKE '__EFMigrations%'""").ToListAsync());

        Assert.Contains(names, n => n == SqliteTables.Prefix + "AspNetUsers");
        Assert.Contains(names, n => n == SqliteTables.Prefix + "RoleNameIndex");
        Assert.All(names, name => Assert.Contains(SqliteTables.Prefix, name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_prefix_of_the_sites_choosing_names_every_table_index_and_trigger_and_the_module_works_on_it()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Database:TablePrefix"] = "site_cf_" });
        var visitor = VisitorClient.For(host);

        var (_, started) = await visitor.StartAsync();
        await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, "where is my walrus invoice");
        await SearchIndexCatchUp.WaitAsync(host);

        var (names, hits) = await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            return (await db.Database.SqlQueryRaw<string>("""SELECT "name" AS "Value" FROM sqlite_master WHERE "name" NOT LIKE 'sqlite%' AND "name" NOT LIKE '__EFMigrations%'""").ToListAsync(),
                await MessageSearch.ConversationIds(db, "walrus").ToListAsync());
        });
        Assert.Contains("site_cf_AspNetUsers", names);
        Assert.Contains("site_cf_RoleNameIndex", names);
        Assert.Contains("site_cf_Messages_Search_Delete", names);
        Assert.Contains("site_cf_MessageSearchCursor", names);
        Assert.Contains("site_cf_EFMigrationsHistory", names); // its own history, so another prefix can share the file
        Assert.All(names, name => Assert.Contains("site_cf_", name, StringComparison.Ordinal));
        Assert.All(names, name => Assert.DoesNotContain(SqliteTables.Prefix, name, StringComparison.Ordinal));
        Assert.Equal([started.GetProperty("conversationId").GetString()!], hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1cf_")]
    [InlineData("cf\"; DROP TABLE x; --")]
    [InlineData("a_prefix_much_longer_than_thirty_characters_")]
    public async Task A_malformed_table_prefix_stops_the_start_with_a_reason(string prefix)
    {
        var start = ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Database:TablePrefix"] = prefix });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains("Chatflows:Database:TablePrefix", error.Message, StringComparison.Ordinal);
    }
}

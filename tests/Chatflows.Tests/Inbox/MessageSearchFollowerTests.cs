using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tests.Contacts;
using Chatflows.Tests.Infrastructure;
using Chatflows.Tests.Tickets;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Inbox;

/// <summary>SQLite's message-search index, filled off the visitor's turn from committed messages past a cursor (issue 19).</summary>
public sealed partial class MessageSearchFollowerTests
{
    private static readonly Dictionary<string, string?> FollowerOff = new() { ["Chatflows:MessageSearch:FollowInterval"] = "00:00:00" };

    [Fact]
    public async Task A_message_from_the_widget_api_is_found_by_the_inbox_search_once_the_follower_has_taken_it_in()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        string conversation;
        List<string> beforeFollowing;
        int behind;
        await using (var stopped = new ChatflowsFactory(database, settings: FollowerOff, ownsDatabase: false))
        {
            var agent = await AgentAsync(stopped);
            conversation = await ConversationSayingAsync(stopped, agent, "My aardvark invoice is late");
            beforeFollowing = await FoundAsync(agent, "aardvark");
            behind = await SearchIndexCatchUp.BehindAsync(stopped);
        }

        await using var following = new ChatflowsFactory(database, ownsDatabase: false);
        var sam = await InboxAgents.SignInAsync(following, "sam@chatflows.test");
        await SearchIndexCatchUp.WaitAsync(following);
        var found = await FoundAsync(sam, "aardvark");

        Assert.Empty(beforeFollowing); // the turn itself did not index it
        Assert.True(behind > 0);
        Assert.Equal([conversation], found);
    }

    [Fact]
    public async Task A_follower_stopped_half_way_resumes_at_its_cursor_and_indexes_every_message_once()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        string[] words = ["pangolin", "axolotl", "narwhal", "quokka"];
        var conversations = new List<string>();
        int firstRound;
        int behindAfterIt;
        await using (var stopped = new ChatflowsFactory(database, settings: FollowerOff, ownsDatabase: false))
        {
            var agent = await AgentAsync(stopped);
            foreach (var word in words)
            {
                conversations.Add(await ConversationSayingAsync(stopped, agent, $"Where is my {word}?"));
            }

            firstRound = await RoundAsync(stopped, batchSize: 3);
            behindAfterIt = await SearchIndexCatchUp.BehindAsync(stopped);
        }

        await using var restarted = new ChatflowsFactory(database, ownsDatabase: false, settings: new Dictionary<string, string?> { ["Chatflows:MessageSearch:BatchSize"] = "2" });
        var sam = await InboxAgents.SignInAsync(restarted, "sam@chatflows.test");
        await SearchIndexCatchUp.WaitAsync(restarted);

        Assert.Equal(3, firstRound);
        Assert.True(behindAfterIt > 0);
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Single(await IndexedRowsAsync(restarted, words[i]));
            Assert.Equal([conversations[i]], await FoundAsync(sam, words[i]));
        }

        await AssertIndexMatchesMessagesAsync(restarted);
    }

    [Fact]
    public async Task Erasing_a_person_before_the_follower_reached_their_messages_keeps_the_index_whole_and_without_them()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: FollowerOff);
        await PersonScenario.PrepareAsync(host);
        var zelda = await PersonScenario.WriteAsync(host, "Zelda", "Quistorp", "zelda.quist@example.org", "My cat Zanzibar ate the invoice");
        var bob = await PersonScenario.WriteAsync(host, "Bob", "Wheelwright", "bob.wheel@example.org", "The wheelbarrow squeaks at night");
        var admin = await TicketScenarios.SignInAsAdministratorAsync(host);

        var erased = await admin.PostFormAsync($"/admin/contacts/contact/{zelda.ContactId}?handler=Erase", new() { ["Confirm"] = zelda.Email }, $"/admin/contacts/contact/{zelda.ContactId}");
        var indexed = await RoundAsync(host, batchSize: 100_000);

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.True(indexed > 0);
        Assert.Empty(await IndexedRowsAsync(host, "Zanzibar"));
        Assert.Single(await IndexedRowsAsync(host, "wheelbarrow"));
        Assert.Empty(await DatabaseScan.FindAsync(host, zelda.Sentence));
        await AssertIndexMatchesMessagesAsync(host);
    }

    private static async Task<AdminClient> AgentAsync(ChatflowsFactory host)
    {
        await InboxAgents.AllAwayAsync(host);
        await InboxAgents.CreateAsync(host, "sam@chatflows.test", "Sam", available: false);
        return await InboxAgents.SignInAsync(host, "sam@chatflows.test");
    }

    private static async Task<string> ConversationSayingAsync(ChatflowsFactory host, AdminClient agent, string text)
    {
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await InboxAgents.PostAsync(agent, id, "TakeOver");
        await visitor.SayAsync(id, text);
        return id;
    }

    /// <summary>One round of the follower, the way it runs: in the node's writer.</summary>
    private static Task<int> RoundAsync(ChatflowsFactory host, int batchSize) =>
        host.Services.GetRequiredService<TurnBatcher>().WriteAsync(
            (services, token) => MessageSearchIndex.CatchUpAsync(services.GetRequiredService<ChatflowsDbContext>(), batchSize, token), CancellationToken.None);

    private static async Task<List<string>> FoundAsync(AdminClient agent, string words)
    {
        var page = await agent.Http.GetStringAsync($"/admin/inbox?view=open&q={Uri.EscapeDataString(words)}");
        return [.. Row().Matches(page).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
    }

    /// <summary>The index's own entries for a phrase: a message indexed twice would show twice.</summary>
    private static Task<List<long>> IndexedRowsAsync(ChatflowsFactory host, string phrase) => host.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<ChatflowsDbContext>();
        var search = db.NameInDatabase(SqliteTables.Prefix + "MessageSearch");
        var sql = $$"""SELECT rowid AS "Value" FROM "{{search}}" WHERE "{{search}}" MATCH {0}""";
        return db.Database.SqlQueryRaw<long>(sql, $"\"{phrase}\"").ToListAsync();
    });

    /// <summary>FTS5 checks its index against the messages (rank 1), and holds exactly one document per message.</summary>
    private static async Task AssertIndexMatchesMessagesAsync(ChatflowsFactory host)
    {
        var (documents, messages) = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            var search = db.NameInDatabase(SqliteTables.Prefix + "MessageSearch");
            var check = $"""INSERT INTO "{search}"("{search}", rank) VALUES ('integrity-check', 1)""";
            var count = $"""SELECT COUNT(*) AS "Value" FROM "{search}_docsize" """;
            await db.Database.ExecuteSqlRawAsync(check);
            return (await db.Database.SqlQueryRaw<int>(count).SingleAsync(), await db.Messages.CountAsync());
        });
        Assert.Equal(messages, documents);
        Assert.True(messages > 0, messages.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("<tr data-conversation=\"([^\"]+)\"")]
    private static partial Regex Row();
}

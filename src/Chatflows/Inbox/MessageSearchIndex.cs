using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Inbox;

/// <summary>
/// Fills SQLite's message-search table (<see cref="MessageSearch"/>) from committed messages, past a cursor kept in
/// the database beside it. Message ids are AUTOINCREMENT (never reused) and SQLite has one writer at a time, which
/// takes its ids inside its write transaction; so ids commit in order, and a round that runs under the write lock
/// sees every message below the highest id it reads. The rows and the cursor commit together, so a restart resumes
/// where the last committed round stopped: nothing is missed and nothing indexed twice. Deleting or editing a
/// message takes it out of the table by trigger, only when the cursor has passed it (the table never held the
/// others).
/// </summary>
public static class MessageSearchIndex
{
    /// <summary>Indexes up to <paramref name="batchSize"/> messages past the cursor and moves it; run it under the write lock.</summary>
    /// <returns>How many messages it indexed.</returns>
    public static async Task<int> CatchUpAsync(ChatflowsDbContext db, int batchSize, CancellationToken cancellationToken)
    {
        var (messages, search, cursor) = Names(db);
        // Names come from the model and the validated table prefix; values travel as parameters.
        var next = $$"""SELECT "Id" AS "Value" FROM "{{messages}}" WHERE "Id" > (SELECT "LastMessageId" FROM "{{cursor}}") ORDER BY "Id" LIMIT {0}""";
        var ids = await db.Database.SqlQueryRaw<long>(next, batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var take = $$"""
            INSERT INTO "{{search}}"(rowid, "Text") SELECT "Id", "Text" FROM "{{messages}}" WHERE "Id" > (SELECT "LastMessageId" FROM "{{cursor}}") AND "Id" <= {0};
            UPDATE "{{cursor}}" SET "LastMessageId" = {0};
            """;
        await db.Database.ExecuteSqlRawAsync(take, [ids[^1]], cancellationToken);
        return ids.Count;
    }

    /// <summary>How many committed messages the index has not taken in yet.</summary>
    public static Task<int> BehindAsync(ChatflowsDbContext db, CancellationToken cancellationToken)
    {
        var (messages, _, cursor) = Names(db);
        var behind = $"""SELECT COUNT(*) AS "Value" FROM "{messages}" WHERE "Id" > (SELECT "LastMessageId" FROM "{cursor}")""";
        return db.Database.SqlQueryRaw<int>(behind).SingleAsync(cancellationToken);
    }

    private static (string Messages, string Search, string Cursor) Names(ChatflowsDbContext db) =>
        (db.TableOf<MessageRecord>(), db.NameInDatabase(SqliteTables.Prefix + "MessageSearch"), db.NameInDatabase(SqliteTables.Prefix + "MessageSearchCursor"));
}

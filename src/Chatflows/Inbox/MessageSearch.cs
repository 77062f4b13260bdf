using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Inbox;

/// <summary>
/// "Search messages" in the inbox, on an index rather than a scan of every message's text: SQLite's FTS5
/// table with the trigram tokenizer (substring matches, like LIKE '%…%'), PostgreSQL's pg_trgm GIN index
/// (which serves ILIKE '%…%'). Both find any part of a word, case-insensitively, and take the agent's
/// words literally — '%' and '_' are characters, not wildcards. Trigram indexes need three characters, so
/// one- and two-character searches scan, which only those rare searches pay for. On SQLite the table is filled off
/// the visitor's turn by <see cref="MessageSearchFollower"/> (issue 19), so a message is found about a second after
/// it was written; PostgreSQL's index is maintained inline, which measured costs the turn nothing visible.
/// </summary>
public static class MessageSearch
{
    /// <summary>Merges the index's segments, which also drops what they still hold of deleted rows (used by erasure).</summary>
    public static string OptimizeSqlite(ChatflowsDbContext db)
    {
        var search = db.NameInDatabase(SqliteTables.Prefix + "MessageSearch");
        return $"""INSERT INTO "{search}"("{search}") VALUES ('optimize');""";
    }

    /// <summary>pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.</summary>
    public const string CreatePostgres = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX IF NOT EXISTS "IX_Messages_Text_Trigram" ON "Messages" USING gin ("Text" gin_trgm_ops);
        """;

    public const string DropPostgres = """DROP INDEX IF EXISTS "IX_Messages_Text_Trigram";""";

    private const int TrigramLength = 3;

    /// <summary>Ids of the conversations with a message containing <paramref name="words"/>, as a subquery.</summary>
    public static IQueryable<string> ConversationIds(ChatflowsDbContext db, string words)
    {
        if (db.Database.IsSqlite() && words.Length >= TrigramLength)
        {
            // An FTS5 string in double quotes is one phrase: operators and punctuation inside it are text.
            var phrase = $"\"{words.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            var search = db.NameInDatabase(SqliteTables.Prefix + "MessageSearch");
            // The table's name comes from the model and the validated prefix; the visitor's words are a parameter.
            var sql = $$"""SELECT rowid AS "Value" FROM "{{search}}" WHERE "{{search}}" MATCH {0}""";
            var hits = db.Database.SqlQueryRaw<long>(sql, phrase);
            return db.Messages.Where(m => hits.Contains(m.Id)).Select(m => m.ConversationId);
        }

        var pattern = LikePattern.Containing(words);
        return db.Database.IsNpgsql()
            ? db.Messages.Where(m => EF.Functions.ILike(m.Text, pattern, LikePattern.Escape)).Select(m => m.ConversationId)
            : db.Messages.Where(m => EF.Functions.Like(m.Text, pattern, LikePattern.Escape)).Select(m => m.ConversationId);
    }
}

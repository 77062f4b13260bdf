namespace Chatflows.Storage;

/// <summary>
/// Numbers a new message of a conversation: every record gets the next <see cref="MessageRecord.Seq"/>; only
/// what the visitor may see gets the next <see cref="MessageRecord.VisitorSeq"/>. Both counters live on the
/// conversation row, whose <see cref="ConversationRecord.LastSeq"/> is a concurrency token, so two writers of
/// one conversation never hand out the same number and a number is committed only after the one before it.
/// </summary>
internal static class MessageNumbering
{
    /// <summary>
    /// Numbers the messages stored before <see cref="MessageRecord.VisitorSeq"/> existed, on SQLite and PostgreSQL
    /// alike. It spells out <see cref="VisitorVisibility"/> as it was then: a migration is fixed in time.
    /// </summary>
    public const string BackfillSql = """
        UPDATE "Messages" SET "VisitorSeq" = numbered."Number"
        FROM (SELECT "Id", ROW_NUMBER() OVER (PARTITION BY "ConversationId" ORDER BY "Seq") AS "Number"
              FROM "Messages" WHERE "Author" IN ('Visitor', 'Bot', 'Agent')) AS numbered
        WHERE "Messages"."Id" = numbered."Id";
        UPDATE "Conversations" SET "LastVisitorSeq" =
            COALESCE((SELECT MAX("VisitorSeq") FROM "Messages" WHERE "Messages"."ConversationId" = "Conversations"."Id"), 0);
        """;

    public static MessageRecord Number(ConversationRecord conversation, MessageRecord message)
    {
        message.ConversationId = conversation.Id;
        message.Seq = ++conversation.LastSeq;
        message.VisitorSeq = VisitorVisibility.Sees(message) ? ++conversation.LastVisitorSeq : null;
        message.CreatedUtc = WholeMicroseconds(message.CreatedUtc);
        return message;
    }

    // PostgreSQL keeps microseconds where .NET counts tenths of them: the time an answer or a live event gives from
    // memory must be the one a replay or a later read gives from the database.
    private static DateTime WholeMicroseconds(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMicrosecond), time.Kind);
}

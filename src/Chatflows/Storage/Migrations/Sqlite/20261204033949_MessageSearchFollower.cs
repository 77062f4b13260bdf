using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MessageSearchFollower : Migration
    {
        // Issue 19: the search table is filled by a follower past this cursor (Inbox/MessageSearchIndex.cs), no longer by
        // an insert trigger inside every turn. Every message already there was indexed by that trigger, so the cursor
        // starts at the last one. Deletes and edits still leave the table by trigger, once the follower has indexed the
        // row: FTS5 must be told exactly what it holds, and it never held a row the cursor has not passed.
        // (A migration's SQL never changes.)
        private const string FollowSearch = """
            DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Insert";
            DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Delete";
            DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Update";
            CREATE TABLE "chatflows_MessageSearchCursor" ("Id" INTEGER NOT NULL PRIMARY KEY CHECK ("Id" = 1), "LastMessageId" INTEGER NOT NULL);
            INSERT INTO "chatflows_MessageSearchCursor" ("Id", "LastMessageId") SELECT 1, COALESCE(MAX("Id"), 0) FROM "chatflows_Messages";
            CREATE TRIGGER "chatflows_Messages_Search_Delete" AFTER DELETE ON "chatflows_Messages"
            WHEN old."Id" <= (SELECT "LastMessageId" FROM "chatflows_MessageSearchCursor") BEGIN
                INSERT INTO "chatflows_MessageSearch"("chatflows_MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
            END;
            CREATE TRIGGER "chatflows_Messages_Search_Update" AFTER UPDATE OF "Text" ON "chatflows_Messages"
            WHEN old."Id" <= (SELECT "LastMessageId" FROM "chatflows_MessageSearchCursor") BEGIN
                INSERT INTO "chatflows_MessageSearch"("chatflows_MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                INSERT INTO "chatflows_MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            """;

        private const string TriggerSearch = """
            DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Update";
            DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Delete";
            DROP TABLE IF EXISTS "chatflows_MessageSearchCursor";
            CREATE TRIGGER "chatflows_Messages_Search_Insert" AFTER INSERT ON "chatflows_Messages" BEGIN
                INSERT INTO "chatflows_MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            CREATE TRIGGER "chatflows_Messages_Search_Delete" AFTER DELETE ON "chatflows_Messages" BEGIN
                INSERT INTO "chatflows_MessageSearch"("chatflows_MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
            END;
            CREATE TRIGGER "chatflows_Messages_Search_Update" AFTER UPDATE OF "Text" ON "chatflows_Messages" BEGIN
                INSERT INTO "chatflows_MessageSearch"("chatflows_MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                INSERT INTO "chatflows_MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            INSERT INTO "chatflows_MessageSearch"("chatflows_MessageSearch") VALUES ('rebuild');
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FollowSearch);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TriggerSearch);
        }
    }
}

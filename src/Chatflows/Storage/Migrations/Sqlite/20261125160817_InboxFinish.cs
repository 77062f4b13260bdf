using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxFinish : Migration
    {
        // The search table as this migration made it, before the tables had their prefix (a migration's SQL never changes).
        private const string LegacyCreateSqlite = """
            CREATE VIRTUAL TABLE "MessageSearch" USING fts5("Text", content='Messages', content_rowid='Id', tokenize='trigram');
            CREATE TRIGGER "Messages_Search_Insert" AFTER INSERT ON "Messages" BEGIN
                INSERT INTO "MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            CREATE TRIGGER "Messages_Search_Delete" AFTER DELETE ON "Messages" BEGIN
                INSERT INTO "MessageSearch"("MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
            END;
            CREATE TRIGGER "Messages_Search_Update" AFTER UPDATE OF "Text" ON "Messages" BEGIN
                INSERT INTO "MessageSearch"("MessageSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                INSERT INTO "MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text");
            END;
            INSERT INTO "MessageSearch"("MessageSearch") VALUES ('rebuild');
            """;

        private const string LegacyDropSqlite = """
            DROP TRIGGER IF EXISTS "Messages_Search_Update";
            DROP TRIGGER IF EXISTS "Messages_Search_Delete";
            DROP TRIGGER IF EXISTS "Messages_Search_Insert";
            DROP TABLE IF EXISTS "MessageSearch";
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Not DropColumn: on SQLite EF Core rebuilds the table for it between "PRAGMA foreign_keys"
            // switches that end the migration's transaction, so a crash could leave it half applied.
            // SQLite's own DROP COLUMN runs inside the transaction. Keep this when regenerating.
            migrationBuilder.Sql("""ALTER TABLE "Conversations" DROP COLUMN "AgentReadSeq";""");

            migrationBuilder.CreateTable(
                name: "AgentReads",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ReadSeq = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentReads", x => new { x.ConversationId, x.UserId });
                    table.ForeignKey(
                        name: "FK_AgentReads_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgentReads_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgentReads_UserId",
                table: "AgentReads",
                column: "UserId");

            // Not part of the EF model: keep this line when migrations are regenerated.
            migrationBuilder.Sql(LegacyCreateSqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(LegacyDropSqlite);

            migrationBuilder.DropTable(
                name: "AgentReads");

            migrationBuilder.AddColumn<long>(
                name: "AgentReadSeq",
                table: "Conversations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }
    }
}

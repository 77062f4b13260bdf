using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <summary>
    /// The analytics summary gains the conversation's language as the last key column (L1). SQLite cannot change a
    /// primary key in place and EF Core's table rebuild runs outside the migration's transaction, so the table is
    /// dropped and made anew, then filled again from the stored events, each counter with its conversation's language.
    /// </summary>
    public partial class AnalyticsLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "chatflows_AnalyticsSummary");

            migrationBuilder.CreateTable(
                name: "chatflows_AnalyticsSummary",
                columns: table => new
                {
                    ChatflowId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    QuarterHour = table.Column<long>(type: "INTEGER", nullable: false),
                    ActionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chatflows_AnalyticsSummary", x => new { x.ChatflowId, x.Kind, x.QuarterHour, x.ActionId, x.Language });
                });

            Index(migrationBuilder);
            Backfill(migrationBuilder, languages: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "chatflows_AnalyticsSummary");

            migrationBuilder.CreateTable(
                name: "chatflows_AnalyticsSummary",
                columns: table => new
                {
                    ChatflowId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    QuarterHour = table.Column<long>(type: "INTEGER", nullable: false),
                    ActionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chatflows_AnalyticsSummary", x => new { x.ChatflowId, x.Kind, x.QuarterHour, x.ActionId });
                });

            Index(migrationBuilder);
            Backfill(migrationBuilder, languages: false);
        }

        private static void Index(MigrationBuilder migrationBuilder) =>
            migrationBuilder.CreateIndex(
                name: "chatflows_IX_AnalyticsSummary_Kind_QuarterHour",
                table: "chatflows_AnalyticsSummary",
                columns: new[] { "Kind", "QuarterHour" });

        private static void Backfill(MigrationBuilder migrationBuilder, bool languages)
        {
            foreach (var statement in Chatflows.Analytics.AnalyticsSummaryBackfill.Statements(postgres: false, SqliteTables.Prefix, languages))
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}

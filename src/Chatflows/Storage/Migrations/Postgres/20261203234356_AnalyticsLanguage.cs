using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Postgres
{
    /// <summary>The analytics summary gains the conversation's language as the last key column (L1).</summary>
    public partial class AnalyticsLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AnalyticsSummary",
                table: "AnalyticsSummary");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "AnalyticsSummary",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AnalyticsSummary",
                table: "AnalyticsSummary",
                columns: new[] { "ChatflowId", "Kind", "QuarterHour", "ActionId", "Language" });

            // Counted again from the stored events, each counter with its conversation's language (the chatflow's base
            // language for a conversation from before languages), so a filter by language holds for the past too.
            migrationBuilder.Sql("""DELETE FROM "AnalyticsSummary";""");
            foreach (var statement in Chatflows.Analytics.AnalyticsSummaryBackfill.Statements(postgres: true))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Without the language, counters of one key in several languages would clash: counted again after.
            migrationBuilder.Sql("""DELETE FROM "AnalyticsSummary";""");
            migrationBuilder.DropPrimaryKey(
                name: "PK_AnalyticsSummary",
                table: "AnalyticsSummary");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "AnalyticsSummary");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AnalyticsSummary",
                table: "AnalyticsSummary",
                columns: new[] { "ChatflowId", "Kind", "QuarterHour", "ActionId" });

            foreach (var statement in Chatflows.Analytics.AnalyticsSummaryBackfill.Statements(postgres: true, languages: false))
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}

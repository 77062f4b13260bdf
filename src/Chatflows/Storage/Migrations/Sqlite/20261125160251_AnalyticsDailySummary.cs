using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnalyticsDailySummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnalyticsSummary",
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
                    table.PrimaryKey("PK_AnalyticsSummary", x => new { x.ChatflowId, x.Kind, x.QuarterHour, x.ActionId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnalyticsSummary_Kind_QuarterHour",
                table: "AnalyticsSummary",
                columns: new[] { "Kind", "QuarterHour" });

            // Backfill from the events already stored, so an upgraded site shows the numbers it showed before.
            foreach (var statement in Chatflows.Analytics.AnalyticsSummaryBackfill.Statements(postgres: false, languages: false))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalyticsSummary");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DropUnusedFlowEventIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FlowEvents_Analytics_Daily",
                table: "FlowEvents");

            migrationBuilder.DropIndex(
                name: "IX_FlowEvents_Analytics_Reached",
                table: "FlowEvents");

            migrationBuilder.DropIndex(
                name: "IX_FlowEvents_ChatflowId_OccurredUtc_Kind",
                table: "FlowEvents");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FlowEvents_Analytics_Daily",
                table: "FlowEvents",
                columns: new[] { "Kind", "OccurredUtc", "ChatflowId", "Detail" });

            migrationBuilder.CreateIndex(
                name: "IX_FlowEvents_Analytics_Reached",
                table: "FlowEvents",
                columns: new[] { "ChatflowId", "Kind", "OccurredUtc", "ActionId", "ConversationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FlowEvents_ChatflowId_OccurredUtc_Kind",
                table: "FlowEvents",
                columns: new[] { "ChatflowId", "OccurredUtc", "Kind" });
        }
    }
}

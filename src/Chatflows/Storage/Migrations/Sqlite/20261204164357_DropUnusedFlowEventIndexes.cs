using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropUnusedFlowEventIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "chatflows_IX_FlowEvents_Analytics_Daily",
                table: "chatflows_FlowEvents");

            migrationBuilder.DropIndex(
                name: "chatflows_IX_FlowEvents_Analytics_Reached",
                table: "chatflows_FlowEvents");

            migrationBuilder.DropIndex(
                name: "IX_chatflows_FlowEvents_ChatflowId_OccurredUtc_Kind",
                table: "chatflows_FlowEvents");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "chatflows_IX_FlowEvents_Analytics_Daily",
                table: "chatflows_FlowEvents",
                columns: new[] { "Kind", "OccurredUtc", "ChatflowId", "Detail" });

            migrationBuilder.CreateIndex(
                name: "chatflows_IX_FlowEvents_Analytics_Reached",
                table: "chatflows_FlowEvents",
                columns: new[] { "ChatflowId", "Kind", "OccurredUtc", "ActionId", "ConversationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_chatflows_FlowEvents_ChatflowId_OccurredUtc_Kind",
                table: "chatflows_FlowEvents",
                columns: new[] { "ChatflowId", "OccurredUtc", "Kind" });
        }
    }
}

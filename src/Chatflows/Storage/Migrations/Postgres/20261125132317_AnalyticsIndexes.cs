using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnalyticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FlowEvents_Analytics_Conversation",
                table: "FlowEvents",
                columns: new[] { "ConversationId", "Id", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_FlowEvents_Analytics_Daily",
                table: "FlowEvents",
                columns: new[] { "Kind", "OccurredUtc", "ChatflowId", "Detail" });

            migrationBuilder.CreateIndex(
                name: "IX_FlowEvents_Analytics_Reached",
                table: "FlowEvents",
                columns: new[] { "ChatflowId", "Kind", "OccurredUtc", "ActionId", "ConversationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ContactId",
                table: "Conversations",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_CreatedUtc",
                table: "Contacts",
                column: "CreatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FlowEvents_Analytics_Conversation",
                table: "FlowEvents");

            migrationBuilder.DropIndex(
                name: "IX_FlowEvents_Analytics_Daily",
                table: "FlowEvents");

            migrationBuilder.DropIndex(
                name: "IX_FlowEvents_Analytics_Reached",
                table: "FlowEvents");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_ContactId",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_CreatedUtc",
                table: "Contacts");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientMessageIdIndexWhereSet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_chatflows_Messages_ConversationId_ClientMessageId",
                table: "chatflows_Messages");

            migrationBuilder.CreateIndex(
                name: "IX_chatflows_Messages_ConversationId_ClientMessageId",
                table: "chatflows_Messages",
                columns: new[] { "ConversationId", "ClientMessageId" },
                unique: true,
                filter: "\"ClientMessageId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_chatflows_Messages_ConversationId_ClientMessageId",
                table: "chatflows_Messages");

            migrationBuilder.CreateIndex(
                name: "IX_chatflows_Messages_ConversationId_ClientMessageId",
                table: "chatflows_Messages",
                columns: new[] { "ConversationId", "ClientMessageId" },
                unique: true);
        }
    }
}

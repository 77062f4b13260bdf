using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MailOutboxMessageIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_chatflows_MailOutbox_MessageId",
                table: "chatflows_MailOutbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_chatflows_MailOutbox_MessageId",
                table: "chatflows_MailOutbox",
                column: "MessageId",
                unique: true);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MailOutboxMessageIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MailOutbox_MessageId",
                table: "MailOutbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MailOutbox_MessageId",
                table: "MailOutbox",
                column: "MessageId",
                unique: true);
        }
    }
}

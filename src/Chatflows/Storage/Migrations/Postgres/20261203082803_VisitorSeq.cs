using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VisitorSeq : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "VisitorSeq",
                table: "Messages",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastVisitorSeq",
                table: "Conversations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Not part of the EF model: keep this line when migrations are regenerated.
            migrationBuilder.Sql(Chatflows.Storage.MessageNumbering.BackfillSql);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ConversationId_VisitorSeq",
                table: "Messages",
                columns: new[] { "ConversationId", "VisitorSeq" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_ConversationId_VisitorSeq",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "VisitorSeq",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "LastVisitorSeq",
                table: "Conversations");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VerifiedEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VerifiedEmail",
                table: "Contacts",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_VerifiedEmail",
                table: "Contacts",
                column: "VerifiedEmail");

            // Contacts an identity token already vouched for: their conversation carries the token's address.
            migrationBuilder.Sql("""
                UPDATE "Contacts" SET "VerifiedEmail" = "Email"
                WHERE "Email" IS NOT NULL AND EXISTS (SELECT 1 FROM "Conversations" AS c
                    WHERE c."ContactId" = "Contacts"."Id" AND c."VerifiedEmail" = "Contacts"."Email");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_VerifiedEmail",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "VerifiedEmail",
                table: "Contacts");
        }
    }
}

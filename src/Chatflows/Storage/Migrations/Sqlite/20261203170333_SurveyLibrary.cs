using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chatflows.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SurveyId",
                table: "chatflows_SurveyResponses",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "chatflows_Surveys",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AskComment = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommentPrompt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chatflows_Surveys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chatflows_SurveyResponses_SurveyId_CreatedUtc",
                table: "chatflows_SurveyResponses",
                columns: new[] { "SurveyId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_chatflows_Surveys_Name",
                table: "chatflows_Surveys",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chatflows_Surveys");

            migrationBuilder.DropIndex(
                name: "IX_chatflows_SurveyResponses_SurveyId_CreatedUtc",
                table: "chatflows_SurveyResponses");

            migrationBuilder.DropColumn(
                name: "SurveyId",
                table: "chatflows_SurveyResponses");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelatieWerkstroom.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class WorklistEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorklistEntries",
                columns: table => new
                {
                    BookmarkId = table.Column<string>(type: "text", nullable: false),
                    CaseFileId = table.Column<string>(type: "text", nullable: false),
                    TeamKey = table.Column<string>(type: "text", nullable: false),
                    IsBezwaar = table.Column<bool>(type: "boolean", nullable: false),
                    RolesKey = table.Column<string>(type: "text", nullable: false),
                    Responsible = table.Column<string>(type: "text", nullable: true),
                    DefinitionId = table.Column<string>(type: "text", nullable: false),
                    DeadlineDay = table.Column<int>(type: "integer", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ItemJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorklistEntries", x => x.BookmarkId);
                    table.ForeignKey(
                        name: "FK_WorklistEntries_Bookmarks_BookmarkId",
                        column: x => x.BookmarkId,
                        principalTable: "Bookmarks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorklistEntries_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorklistEntries_CaseFileId",
                table: "WorklistEntries",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_WorklistEntries_IsBezwaar_DeadlineDay",
                table: "WorklistEntries",
                columns: new[] { "IsBezwaar", "DeadlineDay" });

            migrationBuilder.CreateIndex(
                name: "IX_WorklistEntries_Responsible_DeadlineDay",
                table: "WorklistEntries",
                columns: new[] { "Responsible", "DeadlineDay" });

            migrationBuilder.CreateIndex(
                name: "IX_WorklistEntries_TeamKey_DeadlineDay_OpenedAt_BookmarkId",
                table: "WorklistEntries",
                columns: new[] { "TeamKey", "DeadlineDay", "OpenedAt", "BookmarkId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorklistEntries");
        }
    }
}

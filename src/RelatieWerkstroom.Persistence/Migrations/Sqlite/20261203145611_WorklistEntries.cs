using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelatieWerkstroom.Persistence.Migrations.Sqlite
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
                    BookmarkId = table.Column<string>(type: "TEXT", nullable: false),
                    CaseFileId = table.Column<string>(type: "TEXT", nullable: false),
                    TeamKey = table.Column<string>(type: "TEXT", nullable: false),
                    IsBezwaar = table.Column<bool>(type: "INTEGER", nullable: false),
                    RolesKey = table.Column<string>(type: "TEXT", nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", nullable: true),
                    DefinitionId = table.Column<string>(type: "TEXT", nullable: false),
                    DeadlineDay = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemJson = table.Column<string>(type: "TEXT", nullable: false)
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

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelatieWerkstroom.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClockNoticesAndWorklistIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorklistEntries_TeamKey_DeadlineDay_OpenedAt_BookmarkId",
                table: "WorklistEntries");

            migrationBuilder.AddColumn<long>(
                name: "BreachRecordedAt",
                table: "CaseClocks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WarningRecordedAt",
                table: "CaseClocks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorklistEntries_TeamKey_DeadlineDay_OpenedAt_BookmarkId_RolesKey_DefinitionId",
                table: "WorklistEntries",
                columns: new[] { "TeamKey", "DeadlineDay", "OpenedAt", "BookmarkId", "RolesKey", "DefinitionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorklistEntries_TeamKey_DeadlineDay_OpenedAt_BookmarkId_RolesKey_DefinitionId",
                table: "WorklistEntries");

            migrationBuilder.DropColumn(
                name: "BreachRecordedAt",
                table: "CaseClocks");

            migrationBuilder.DropColumn(
                name: "WarningRecordedAt",
                table: "CaseClocks");

            migrationBuilder.CreateIndex(
                name: "IX_WorklistEntries_TeamKey_DeadlineDay_OpenedAt_BookmarkId",
                table: "WorklistEntries",
                columns: new[] { "TeamKey", "DeadlineDay", "OpenedAt", "BookmarkId" });
        }
    }
}

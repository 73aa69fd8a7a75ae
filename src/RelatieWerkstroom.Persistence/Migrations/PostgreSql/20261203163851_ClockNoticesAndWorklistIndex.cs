using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelatieWerkstroom.Persistence.Migrations.PostgreSql
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

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BreachRecordedAt",
                table: "CaseClocks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WarningRecordedAt",
                table: "CaseClocks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorklistEntries_TeamKey_DeadlineDay_OpenedAt_BookmarkId_Rol~",
                table: "WorklistEntries",
                columns: new[] { "TeamKey", "DeadlineDay", "OpenedAt", "BookmarkId", "RolesKey", "DefinitionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorklistEntries_TeamKey_DeadlineDay_OpenedAt_BookmarkId_Rol~",
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

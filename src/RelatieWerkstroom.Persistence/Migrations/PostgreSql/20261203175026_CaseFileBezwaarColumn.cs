using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelatieWerkstroom.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseFileBezwaarColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ColumnsVersion",
                table: "CaseFiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "IsBezwaar",
                table: "CaseFiles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_ColumnsVersion",
                table: "CaseFiles",
                column: "ColumnsVersion");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_IsBezwaar_OpenedAt",
                table: "CaseFiles",
                columns: new[] { "IsBezwaar", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseFiles_ColumnsVersion",
                table: "CaseFiles");

            migrationBuilder.DropIndex(
                name: "IX_CaseFiles_IsBezwaar_OpenedAt",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "ColumnsVersion",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "IsBezwaar",
                table: "CaseFiles");
        }
    }
}

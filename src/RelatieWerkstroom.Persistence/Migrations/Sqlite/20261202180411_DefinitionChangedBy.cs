using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelatieWerkstroom.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DefinitionChangedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangedBy",
                table: "DefinitionVersions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangedBy",
                table: "DefinitionVersions");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RelatieWerkstroom.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseFiles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Zaaktype = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: true),
                    SubjectId = table.Column<string>(type: "text", nullable: true),
                    Team = table.Column<string>(type: "text", nullable: false),
                    TeamKey = table.Column<string>(type: "text", nullable: false),
                    Assignee = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedBy = table.Column<string>(type: "text", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseSubjects",
                columns: table => new
                {
                    SubjectId = table.Column<string>(type: "text", nullable: false),
                    Bsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSubjects", x => x.SubjectId);
                });

            migrationBuilder.CreateTable(
                name: "CaseClocks",
                columns: table => new
                {
                    CaseFileId = table.Column<string>(type: "text", nullable: false),
                    Id = table.Column<string>(type: "text", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    LegalBasis = table.Column<string>(type: "text", nullable: false),
                    Term = table.Column<string>(type: "text", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    WarningWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    InstanceId = table.Column<string>(type: "text", nullable: true),
                    ActivityId = table.Column<string>(type: "text", nullable: true),
                    TransitionsJson = table.Column<string>(type: "text", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    WarningDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsSuspended = table.Column<bool>(type: "boolean", nullable: false),
                    SuspendedDays = table.Column<int>(type: "integer", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClocks", x => new { x.CaseFileId, x.Id });
                    table.ForeignKey(
                        name: "FK_CaseClocks_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    CaseFileId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Recipient = table.Column<string>(type: "text", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    InstanceId = table.Column<string>(type: "text", nullable: true),
                    ActivityId = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_StoppedOn_Deadline",
                table: "CaseClocks",
                columns: new[] { "StoppedOn", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_StoppedOn_WarningDate",
                table: "CaseClocks",
                columns: new[] { "StoppedOn", "WarningDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_Assignee",
                table: "CaseFiles",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_OpenedAt",
                table: "CaseFiles",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_SubjectId",
                table: "CaseFiles",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_TeamKey_Status",
                table: "CaseFiles",
                columns: new[] { "TeamKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_Zaaktype_Status",
                table: "CaseFiles",
                columns: new[] { "Zaaktype", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSubjects_Bsn",
                table: "CaseSubjects",
                column: "Bsn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CaseFileId_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "CaseFileId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseClocks");

            migrationBuilder.DropTable(
                name: "CaseSubjects");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "CaseFiles");
        }
    }
}

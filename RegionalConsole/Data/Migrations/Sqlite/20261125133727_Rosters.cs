using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rosters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Index",
                table: "RosterAttendees",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EnrolledCount",
                table: "Cancellations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Cancellations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmittedDate",
                table: "Cancellations",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateTable(
                name: "HourRulings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CourseKeywords = table.Column<string>(type: "TEXT", nullable: false),
                    CountsToward = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HourRulings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RosterChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterId = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendeeIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterChecks_Rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "Rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cancellations_SubmittedDate_ReasonCategory",
                table: "Cancellations",
                columns: new[] { "SubmittedDate", "ReasonCategory" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterChecks_RosterId",
                table: "RosterChecks",
                column: "RosterId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cancellations_Courses_CourseId",
                table: "Cancellations",
                column: "CourseId",
                principalTable: "Courses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cancellations_Courses_CourseId",
                table: "Cancellations");

            migrationBuilder.DropTable(
                name: "HourRulings");

            migrationBuilder.DropTable(
                name: "RosterChecks");

            migrationBuilder.DropIndex(
                name: "IX_Cancellations_SubmittedDate_ReasonCategory",
                table: "Cancellations");

            migrationBuilder.DropColumn(
                name: "Index",
                table: "RosterAttendees");

            migrationBuilder.DropColumn(
                name: "EnrolledCount",
                table: "Cancellations");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Cancellations");

            migrationBuilder.DropColumn(
                name: "SubmittedDate",
                table: "Cancellations");
        }
    }
}

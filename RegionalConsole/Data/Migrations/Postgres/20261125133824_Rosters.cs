using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<string>(
                name: "ReasonCategory",
                table: "Cancellations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                table: "Cancellations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "NotificationChannel",
                table: "Cancellations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EnrolledCount",
                table: "Cancellations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Cancellations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmittedDate",
                table: "Cancellations",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateTable(
                name: "HourRulings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CourseKeywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    CountsToward = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Conclusion = table.Column<string>(type: "text", nullable: false),
                    LegalBasis = table.Column<string>(type: "text", nullable: false),
                    Scope = table.Column<string>(type: "text", nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HourRulings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RosterChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RosterId = table.Column<int>(type: "integer", nullable: false),
                    AttendeeIndex = table.Column<int>(type: "integer", nullable: true),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    Rule = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: true)
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

            migrationBuilder.AlterColumn<string>(
                name: "ReasonCategory",
                table: "Cancellations",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                table: "Cancellations",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);

            migrationBuilder.AlterColumn<string>(
                name: "NotificationChannel",
                table: "Cancellations",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunningForReal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "HourRulings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetiredBy",
                table: "HourRulings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Courses",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Courses",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Courses",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusBefore",
                table: "Cancellations",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Approved");

            migrationBuilder.CreateTable(
                name: "EnrolledTeachers",
                columns: table => new
                {
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrolledTeachers", x => new { x.CourseId, x.NationalId });
                    table.ForeignKey(
                        name: "FK_EnrolledTeachers_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnrolledTeachers");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "HourRulings");

            migrationBuilder.DropColumn(
                name: "RetiredBy",
                table: "HourRulings");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Courses");

            migrationBuilder.DropColumn(
                name: "StatusBefore",
                table: "Cancellations");
        }
    }
}

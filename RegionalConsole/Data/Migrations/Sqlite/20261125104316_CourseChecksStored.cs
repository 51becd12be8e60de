using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CourseChecksStored : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Minutes",
                table: "ScheduleSegments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ErrorCount",
                table: "CourseVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ScheduleNotes",
                table: "CourseVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "WarningCount",
                table: "CourseVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Minutes",
                table: "ScheduleSegments");

            migrationBuilder.DropColumn(
                name: "ErrorCount",
                table: "CourseVersions");

            migrationBuilder.DropColumn(
                name: "ScheduleNotes",
                table: "CourseVersions");

            migrationBuilder.DropColumn(
                name: "WarningCount",
                table: "CourseVersions");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CourseVersions_Statistics",
                table: "CourseVersions",
                columns: new[] { "StartDate", "CourseId", "VersionNo" });

            migrationBuilder.CreateIndex(
                name: "IX_Courses_Statistics",
                table: "Courses",
                columns: new[] { "StartDate", "CentreCode", "Status", "CurrentVersionNo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CourseVersions_Statistics",
                table: "CourseVersions");

            migrationBuilder.DropIndex(
                name: "IX_Courses_Statistics",
                table: "Courses");
        }
    }
}

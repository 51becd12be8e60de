using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments");

            migrationBuilder.DropIndex(
                name: "IX_CourseVersions_CourseId_VersionNo",
                table: "CourseVersions");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments",
                columns: new[] { "Classification", "CourseVersionId", "Index" },
                filter: "\"Classification\" IN ('Mixed', 'UnderDiscussion')")
                .Annotation("Npgsql:IndexInclude", new[] { "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CourseVersions_CourseId_VersionNo",
                table: "CourseVersions",
                columns: new[] { "CourseId", "VersionNo" },
                unique: true)
                .Annotation("Npgsql:IndexInclude", new[] { "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CourseVersions_Statistics",
                table: "CourseVersions",
                columns: new[] { "StartDate", "CourseId", "VersionNo" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Courses_Statistics",
                table: "Courses",
                columns: new[] { "StartDate", "CentreCode", "Status", "CurrentVersionNo" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_IssuedDate",
                table: "StudyRecords",
                column: "IssuedDate")
                .Annotation("Npgsql:IndexInclude", new[] { "CountyCode", "CentreCode", "Hours" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments");

            migrationBuilder.DropIndex(
                name: "IX_CourseVersions_CourseId_VersionNo",
                table: "CourseVersions");

            migrationBuilder.DropIndex(
                name: "IX_CourseVersions_Statistics",
                table: "CourseVersions");

            migrationBuilder.DropIndex(
                name: "IX_Courses_Statistics",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_StudyRecords_IssuedDate",
                table: "StudyRecords");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments",
                columns: new[] { "Classification", "CourseVersionId", "Index" },
                filter: "\"Classification\" IN ('Mixed', 'UnderDiscussion')");

            migrationBuilder.CreateIndex(
                name: "IX_CourseVersions_CourseId_VersionNo",
                table: "CourseVersions",
                columns: new[] { "CourseId", "VersionNo" },
                unique: true);
        }
    }
}

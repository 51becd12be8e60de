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
                name: "IX_StudyRecords_NationalId_IssuedDate",
                table: "StudyRecords");

            migrationBuilder.DropIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments");

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_NationalId_IssuedDate_Hours",
                table: "StudyRecords",
                columns: new[] { "NationalId", "IssuedDate", "Hours" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments",
                columns: new[] { "Classification", "CourseVersionId", "Index" },
                filter: "\"Classification\" IN ('Mixed', 'UnderDiscussion')");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_Open",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "DueDate" },
                filter: "\"Outcome\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StudyRecords_NationalId_IssuedDate_Hours",
                table: "StudyRecords");

            migrationBuilder.DropIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Open",
                table: "ReviewItems");

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_NationalId_IssuedDate",
                table: "StudyRecords",
                columns: new[] { "NationalId", "IssuedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments",
                columns: new[] { "Classification", "CourseVersionId" },
                filter: "\"Classification\" IN ('Mixed', 'UnderDiscussion')");
        }
    }
}

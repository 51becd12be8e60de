using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_Statistics",
                table: "StudyRecords",
                columns: new[] { "CountyCode", "IssuedDate", "CentreCode", "Hours", "NationalId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments",
                columns: new[] { "Classification", "CourseVersionId" },
                filter: "\"Classification\" IN ('Mixed', 'UnderDiscussion')");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_Statistics",
                table: "ReviewItems",
                columns: new[] { "DecidedDate", "CentreCode", "SubmittedDate", "DueDate", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StudyRecords_Statistics",
                table: "StudyRecords");

            migrationBuilder.DropIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Statistics",
                table: "ReviewItems");
        }
    }
}

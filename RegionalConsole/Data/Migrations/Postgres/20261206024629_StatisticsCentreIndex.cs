using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatisticsCentreIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StudyRecords_NationalId_IssuedDate_Hours",
                table: "StudyRecords");

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_NationalId_IssuedDate_Hours_CentreCode",
                table: "StudyRecords",
                columns: new[] { "NationalId", "IssuedDate", "Hours", "CentreCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StudyRecords_NationalId_IssuedDate_Hours_CentreCode",
                table: "StudyRecords");

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_NationalId_IssuedDate_Hours",
                table: "StudyRecords",
                columns: new[] { "NationalId", "IssuedDate", "Hours" });
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StudyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StudyRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NationalId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CourseId = table.Column<int>(type: "integer", nullable: false),
                    RosterId = table.Column<int>(type: "integer", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric", nullable: false),
                    CentreCode = table.Column<string>(type: "text", nullable: false),
                    CountyCode = table.Column<string>(type: "text", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudyRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudyRecords_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudyRecords_Rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "Rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_CountyCode_IssuedDate",
                table: "StudyRecords",
                columns: new[] { "CountyCode", "IssuedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_CourseId",
                table: "StudyRecords",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_NationalId_IssuedDate",
                table: "StudyRecords",
                columns: new[] { "NationalId", "IssuedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_StudyRecords_RosterId_NationalId",
                table: "StudyRecords",
                columns: new[] { "RosterId", "NationalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StudyRecords");
        }
    }
}

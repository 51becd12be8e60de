using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Preschool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExchangeRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    RunningPeriod = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CutOff = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileContent = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TriggeredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeSentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    StudyRecordId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeSentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExchangeSentRecords_ExchangeRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "ExchangeRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExchangeSentRecords_StudyRecords_StudyRecordId",
                        column: x => x.StudyRecordId,
                        principalTable: "StudyRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeRuns_Period_Status",
                table: "ExchangeRuns",
                columns: new[] { "Period", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeRuns_RunningPeriod",
                table: "ExchangeRuns",
                column: "RunningPeriod",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeSentRecords_RunId",
                table: "ExchangeSentRecords",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeSentRecords_StudyRecordId",
                table: "ExchangeSentRecords",
                column: "StudyRecordId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExchangeSentRecords");

            migrationBuilder.DropTable(
                name: "ExchangeRuns");
        }
    }
}

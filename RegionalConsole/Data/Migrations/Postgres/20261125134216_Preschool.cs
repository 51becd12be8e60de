using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    RunningPeriod = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CutOff = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileContent = table.Column<byte[]>(type: "bytea", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TriggeredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeSentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    StudyRecordId = table.Column<long>(type: "bigint", nullable: false)
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

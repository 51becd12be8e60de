using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PreschoolDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExchangeSentRecords_StudyRecordId",
                table: "ExchangeSentRecords");

            migrationBuilder.AddColumn<DateTime>(
                name: "AcknowledgedAt",
                table: "ExchangeRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgedBy",
                table: "ExchangeRuns",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExchangePlatform",
                table: "ApiClients",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ExchangeUnsentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    StudyRecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeUnsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExchangeUnsentRecords_ExchangeRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "ExchangeRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExchangeUnsentRecords_StudyRecords_StudyRecordId",
                        column: x => x.StudyRecordId,
                        principalTable: "StudyRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeSentRecords_StudyRecordId_RunId",
                table: "ExchangeSentRecords",
                columns: new[] { "StudyRecordId", "RunId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeUnsentRecords_RunId",
                table: "ExchangeUnsentRecords",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeUnsentRecords_StudyRecordId",
                table: "ExchangeUnsentRecords",
                column: "StudyRecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExchangeUnsentRecords");

            migrationBuilder.DropIndex(
                name: "IX_ExchangeSentRecords_StudyRecordId_RunId",
                table: "ExchangeSentRecords");

            migrationBuilder.DropColumn(
                name: "AcknowledgedAt",
                table: "ExchangeRuns");

            migrationBuilder.DropColumn(
                name: "AcknowledgedBy",
                table: "ExchangeRuns");

            migrationBuilder.DropColumn(
                name: "ExchangePlatform",
                table: "ApiClients");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeSentRecords_StudyRecordId",
                table: "ExchangeSentRecords",
                column: "StudyRecordId",
                unique: true);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgedBy",
                table: "ExchangeRuns",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExchangePlatform",
                table: "ApiClients",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ExchangeUnsentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    StudyRecordId = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
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

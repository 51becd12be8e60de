using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SecondHalf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Courses_OrganiserCode_ExternalId",
                table: "Courses");

            migrationBuilder.AlterColumn<decimal>(
                name: "Hours",
                table: "StudyRecords",
                type: "numeric(9,1)",
                precision: 9,
                scale: 1,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric");

            migrationBuilder.AlterColumn<decimal>(
                name: "Hours",
                table: "RosterAttendees",
                type: "numeric(9,1)",
                precision: 9,
                scale: 1,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric");

            migrationBuilder.AddColumn<int>(
                name: "Index",
                table: "RosterAttendees",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<decimal>(
                name: "DeclaredHours",
                table: "CourseVersions",
                type: "numeric(9,1)",
                precision: 9,
                scale: 1,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric");

            migrationBuilder.AlterColumn<string>(
                name: "ReasonCategory",
                table: "Cancellations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                table: "Cancellations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "NotificationChannel",
                table: "Cancellations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EnrolledCount",
                table: "Cancellations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Cancellations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmittedDate",
                table: "Cancellations",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<long>(
                name: "RequestCount",
                table: "ApiClients",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "AccountPreferences",
                columns: table => new
                {
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReceiveDigest = table.Column<bool>(type: "boolean", nullable: false),
                    ReceiveDecisionCopies = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountPreferences", x => x.AccountId);
                    table.ForeignKey(
                        name: "FK_AccountPreferences_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    AudienceCentres = table.Column<List<string>>(type: "text[]", nullable: false),
                    PublisherScope = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PublishedById = table.Column<int>(type: "integer", nullable: false),
                    PublishedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PublishAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

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
                name: "HourRulings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CourseKeywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    CountsToward = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Conclusion = table.Column<string>(type: "text", nullable: false),
                    LegalBasis = table.Column<string>(type: "text", nullable: false),
                    Scope = table.Column<string>(type: "text", nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    RecordedBy = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HourRulings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DedupKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Recipient = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeasedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RosterChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RosterId = table.Column<int>(type: "integer", nullable: false),
                    AttendeeIndex = table.Column<int>(type: "integer", nullable: true),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    Rule = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RosterChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RosterChecks_Rosters_RosterId",
                        column: x => x.RosterId,
                        principalTable: "Rosters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AudienceCentres = table.Column<List<string>>(type: "text[]", nullable: false),
                    PublisherScope = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    UploadedById = table.Column<int>(type: "integer", nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnnouncementReads",
                columns: table => new
                {
                    AnnouncementId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnouncementReads", x => new { x.AnnouncementId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_AnnouncementReads_Announcements_AnnouncementId",
                        column: x => x.AnnouncementId,
                        principalTable: "Announcements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_Courses_OrganiserCode_ExternalId",
                table: "Courses",
                columns: new[] { "OrganiserCode", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cancellations_SubmittedDate_ReasonCategory",
                table: "Cancellations",
                columns: new[] { "SubmittedDate", "ReasonCategory" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_PublishAt",
                table: "Announcements",
                column: "PublishAt");

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

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DedupKey",
                table: "Outbox",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RosterChecks_RosterId",
                table: "RosterChecks",
                column: "RosterId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cancellations_Courses_CourseId",
                table: "Cancellations",
                column: "CourseId",
                principalTable: "Courses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cancellations_Courses_CourseId",
                table: "Cancellations");

            migrationBuilder.DropTable(
                name: "AccountPreferences");

            migrationBuilder.DropTable(
                name: "AnnouncementReads");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "ExchangeSentRecords");

            migrationBuilder.DropTable(
                name: "HourRulings");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "RosterChecks");

            migrationBuilder.DropTable(
                name: "SharedFiles");

            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "ExchangeRuns");

            migrationBuilder.DropIndex(
                name: "IX_StudyRecords_Statistics",
                table: "StudyRecords");

            migrationBuilder.DropIndex(
                name: "IX_ScheduleSegments_CaseFile",
                table: "ScheduleSegments");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Statistics",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_Courses_OrganiserCode_ExternalId",
                table: "Courses");

            migrationBuilder.DropIndex(
                name: "IX_Cancellations_SubmittedDate_ReasonCategory",
                table: "Cancellations");

            migrationBuilder.DropColumn(
                name: "Index",
                table: "RosterAttendees");

            migrationBuilder.DropColumn(
                name: "EnrolledCount",
                table: "Cancellations");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Cancellations");

            migrationBuilder.DropColumn(
                name: "SubmittedDate",
                table: "Cancellations");

            migrationBuilder.DropColumn(
                name: "RequestCount",
                table: "ApiClients");

            migrationBuilder.AlterColumn<decimal>(
                name: "Hours",
                table: "StudyRecords",
                type: "numeric",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(9,1)",
                oldPrecision: 9,
                oldScale: 1);

            migrationBuilder.AlterColumn<decimal>(
                name: "Hours",
                table: "RosterAttendees",
                type: "numeric",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(9,1)",
                oldPrecision: 9,
                oldScale: 1);

            migrationBuilder.AlterColumn<decimal>(
                name: "DeclaredHours",
                table: "CourseVersions",
                type: "numeric",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(9,1)",
                oldPrecision: 9,
                oldScale: 1);

            migrationBuilder.AlterColumn<string>(
                name: "ReasonCategory",
                table: "Cancellations",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                table: "Cancellations",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);

            migrationBuilder.AlterColumn<string>(
                name: "NotificationChannel",
                table: "Cancellations",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Courses_OrganiserCode_ExternalId",
                table: "Courses",
                columns: new[] { "OrganiserCode", "ExternalId" });
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReasonTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReasonTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UseCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReasonTemplates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReasonTemplates_Kind_UseCount",
                table: "ReasonTemplates",
                columns: new[] { "Kind", "UseCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReasonTemplates");
        }
    }
}

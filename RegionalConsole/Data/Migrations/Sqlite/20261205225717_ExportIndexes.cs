using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cancellations_SubmittedAt_Id",
                table: "Cancellations",
                columns: new[] { "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_CancellationId",
                table: "ReviewItems",
                column: "CancellationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_RosterId",
                table: "ReviewItems",
                column: "RosterId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cancellations_SubmittedAt_Id",
                table: "Cancellations");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_CancellationId",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_RosterId",
                table: "ReviewItems");
        }
    }
}

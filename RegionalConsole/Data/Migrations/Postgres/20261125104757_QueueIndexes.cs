using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_Decided",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "Kind", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "Kind", "Outcome", "OrderDate", "SubmittedAt", "DueDate", "AssigneeId", "ErrorCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_Decided",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems");
        }
    }
}

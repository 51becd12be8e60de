using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QueueSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_CentreCode_Kind_Outcome_DueDate_OrderDate_Submi~",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "Kind", "OrderDate", "SubmittedAt", "Id", "DueDate", "AssigneeId", "ErrorCount", "CourseVersionId", "Title", "OrganiserName" },
                filter: "\"Outcome\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_QueueState",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "Kind", "Outcome", "DueDate", "OrderDate", "SubmittedAt", "AssigneeId", "ErrorCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_QueueState",
                table: "ReviewItems");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_CentreCode_Kind_Outcome_DueDate_OrderDate_Submi~",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "Kind", "Outcome", "DueDate", "OrderDate", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "Kind", "Outcome", "OrderDate", "SubmittedAt", "DueDate", "AssigneeId", "ErrorCount" });
        }
    }
}

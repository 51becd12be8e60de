using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegionalConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueueSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "Kind", "OrderDate", "SubmittedAt", "Id", "DueDate", "AssigneeId", "ErrorCount", "CourseVersionId", "Title", "OrganiserName" },
                filter: "\"Outcome\" IS NULL");

            // A new index has no statistics: without them SQLite prefers the older queue index and sorts the open queue.
            migrationBuilder.Sql("ANALYZE \"IX_ReviewItems_QueueOrder\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewItems_QueueOrder",
                table: "ReviewItems",
                columns: new[] { "CentreCode", "Kind", "Outcome", "OrderDate", "SubmittedAt", "DueDate", "AssigneeId", "ErrorCount" });
        }
    }
}

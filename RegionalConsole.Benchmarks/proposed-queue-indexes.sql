-- The queue indexes proposed for ReviewItems (see README.md): the filter columns ride in the indexes, so SQLite
-- filters open items inside the index and reads only the 25 rows of the page. Apply to a copy of a seeded file:
--   sqlite3 copy.db < RegionalConsole.Benchmarks/proposed-queue-indexes.sql
DROP INDEX IF EXISTS "IX_ReviewItems_CentreCode_Kind_Outcome_DueDate_OrderDate_SubmittedAt";
DROP INDEX IF EXISTS "IX_ReviewItems_CentreCode_Kind_AssigneeId";
CREATE INDEX "IX_ReviewItems_CentreCode_Kind_Outcome_DueDate_OrderDate_SubmittedAt_ErrorCount_AssigneeId"
    ON "ReviewItems" ("CentreCode", "Kind", "Outcome", "DueDate", "OrderDate", "SubmittedAt", "ErrorCount", "AssigneeId");
CREATE INDEX "IX_ReviewItems_CentreCode_Kind_AssigneeId_Outcome_DueDate_OrderDate_SubmittedAt_ErrorCount"
    ON "ReviewItems" ("CentreCode", "Kind", "AssigneeId", "Outcome", "DueDate", "OrderDate", "SubmittedAt", "ErrorCount");

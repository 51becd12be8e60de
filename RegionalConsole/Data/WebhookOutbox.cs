using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Changes;

namespace RegionalConsole.Data;

/// <summary>
/// The webhook outbox (SPEC §14.3): one delivery row per change a subscription wants, written in the change's own
/// transaction by <see cref="ChangeJournal"/>, so a change is never sent that did not commit nor lost that did.
/// </summary>
internal static class WebhookOutbox
{
    private const int RowsPerInsert = 200;

    public static async Task AddAsync(ConsoleDbContext db, DbTransaction transaction, IReadOnlyList<(long ChangeId, int CourseId, ChangeType Type)> changes,
        DateTime at, CancellationToken ct)
    {
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.State == WebhookState.Active).ToListAsync(ct);
        if (subscriptions.Count == 0)
        {
            return;
        }

        var courseIds = changes.Select(c => c.CourseId).Distinct().ToList();
        var organisers = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.OrganiserCode, c.Organiser!.CountyCode }).ToDictionaryAsync(c => c.Id, ct);
        var rows = new List<(int SubscriptionId, long ChangeId, int CourseId)>();
        foreach (var change in changes)
        {
            if (!organisers.TryGetValue(change.CourseId, out var organiser))
            {
                continue;
            }

            rows.AddRange(subscriptions.Where(s => s.Wants(change.Type, organiser.OrganiserCode, organiser.CountyCode))
                .Select(s => (s.Id, change.ChangeId, change.CourseId)));
        }

        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            var values = string.Join(",", chunk.Select((_, i) => $"(@p{(3 * i) + 1},@p{(3 * i) + 2},@p{(3 * i) + 3},@p0,0)"));
            var parameters = new List<object> { at };
            parameters.AddRange(chunk.SelectMany(r => new object[] { r.SubscriptionId, r.ChangeId, r.CourseId }));
            await ChangeJournal.ExecuteAsync(transaction,
                $"INSERT INTO \"WebhookDeliveries\" (\"SubscriptionId\",\"ChangeId\",\"CourseId\",\"NextAttemptAt\",\"FailedAttempts\") VALUES {values}",
                parameters, ct);
        }
    }
}

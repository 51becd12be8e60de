using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Domain;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Accounts;

/// <summary>
/// Enabled reviewers per centre, read once per request (SPEC §13.1): nothing is routed silently into a queue nobody
/// reads, so a submission or institution sync routed to a centre without one carries <see cref="CentreWithoutReviewer"/>.
/// </summary>
public sealed class CentreStaffing
{
    public const string CentreWithoutReviewer = "CENTRE_WITHOUT_REVIEWER";

    private readonly Dictionary<string, int> _reviewers;

    private CentreStaffing(Dictionary<string, int> reviewers) => _reviewers = reviewers;

    public static async Task<CentreStaffing> ReadAsync(ConsoleDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = await db.Accounts.AsNoTracking()
            .Where(a => a.Enabled && a.Role == ConsoleRole.Reviewer && a.CentreCode != null)
            .GroupBy(a => a.CentreCode!)
            .Select(g => new { Centre = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Centre, x => x.Count, StringComparer.Ordinal, ct);
        return new CentreStaffing(counts);
    }

    public int EnabledReviewers(string centre) => _reviewers.GetValueOrDefault(centre);

    /// <summary>The warnings for an item routed to <paramref name="centre"/>; null (left out of the answer) when it is staffed.</summary>
    public IReadOnlyList<ApiWarning>? WarningsFor(string? centre) => centre is null || EnabledReviewers(centre) > 0
        ? null
        : [new ApiWarning(CentreWithoutReviewer, centre,
            $"區域管理中心 {centre} 目前沒有啟用中的審核人員帳號，資料已收下，但尚無人審核；請聯絡系統管理者。")];
}

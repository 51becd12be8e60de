using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data;

/// <summary>
/// Rows every deployment starts with: counties, centres, the jurisdiction table's defaults, the term lists, the office
/// calendars, the tags. No example content (SPEC §13.2): the demo ruling of §8 is demo data (DemoRulings).
/// </summary>
internal static class ReferenceData
{
    public static async Task EnsureAsync(ConsoleDbContext db, CancellationToken ct)
    {
        if (!await db.Counties.AnyAsync(ct))
        {
            db.Counties.AddRange(Counties.Names.Select(c => new County { Code = c.Key, Name = c.Value }));
            db.Centres.Add(new Centre
            {
                Code = CentreCodes.National,
                Name = "全國教師在職進修資訊網及全國推廣中心",
                SupervisorScope = CentreCodes.K12EA,
            });
            db.Centres.Add(new Centre { Code = CentreCodes.K12EA, Name = "國教署區域管理中心", SupervisorScope = CentreCodes.K12EA });
            db.Centres.AddRange(Counties.Names.Select(c => new Centre
            {
                Code = c.Key,
                Name = $"{c.Value}教師在職進修區域管理中心",
                CountyCode = c.Key,
                SupervisorScope = c.Key,
            }));
        }

        if (!await db.JurisdictionRules.AnyAsync(ct))
        {
            db.JurisdictionRules.AddRange(JurisdictionRow.Defaults.Select(r => new JurisdictionRule
            {
                InstitutionType = r.Type,
                CentreCode = r.CentreCode,
                Source = r.Source,
            }));
        }

        if (!await db.ScheduleTerms.AnyAsync(ct))
        {
            db.ScheduleTerms.AddRange(DefaultTerms());
        }

        // The office calendars shipped with the app (SPEC §4); an administrator imports later years.
        if (!await db.CalendarDays.AnyAsync(ct))
        {
            db.CalendarDays.AddRange(OfficeCalendarCsv.LoadShipped()
                .SelectMany(y => y.Days)
                .Select(d => new Entities.CalendarDay { Date = d.Date, IsOff = d.IsOff, Note = d.Note }));
        }

        // The seeded attribute tags (SPEC §5.2); administrators keep them from there.
        if (!await db.Tags.AnyAsync(ct))
        {
            db.Tags.AddRange(TagDefaults.All.Select(TagRows.ToRow));
        }

        await db.SaveChangesAsync(ct);
    }

    // 管理規定第10條第4款: the rule's own words are the defaults; administrators edit them afterwards.
    private static IEnumerable<ScheduleTerm> DefaultTerms()
    {
        var defaults = Domain.Schedule.ScheduleTerms.Default;
        return defaults.Excluded
            .SelectMany(c => c.Value.Select(t => new ScheduleTerm { Kind = ScheduleTerm.Excluded, Category = c.Key.ToString(), Term = t }))
            .Concat(defaults.TeachingWords.Select(t => new ScheduleTerm { Kind = ScheduleTerm.Teaching, Term = t }))
            .Concat(defaults.UnderDiscussionTerms.Select(t => new ScheduleTerm { Kind = ScheduleTerm.UnderDiscussion, Term = t }));
    }
}

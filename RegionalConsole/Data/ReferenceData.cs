using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data;

/// <summary>Rows every deployment starts with: counties, centres, the jurisdiction table's defaults, the tags.</summary>
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

        if (!await db.HourRulings.AnyAsync(ct))
        {
            db.HourRulings.Add(FirstAidRuling());
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The example the meeting discussed (綜合座談; SPEC §8). A demo ruling: the conclusion and legal basis below are
    /// plausible wording for the console's sample data, not an actual ministry ruling; supervisors record real ones.
    /// </summary>
    internal static HourRuling FirstAidRuling() => new()
    {
        Subject = "急救人員安全衛生教育訓練(16小時)",
        CourseKeywords = ["急救人員", "安全衛生教育訓練"],
        CountsToward = "教保服務人員「基本救命術訓練」",
        Conclusion = "完成急救人員安全衛生教育訓練（16小時）並取得結業證明者，得認列為教保服務人員基本救命術訓練時數，免再參加同年度基本救命術訓練。",
        LegalBasis = "幼兒教育及照顧法第31條；幼兒園教保服務人員基本救命術訓練實施規定；職業安全衛生教育訓練規則第16條（示範資料）",
        Scope = "全國；限於由中央主管機關認可之訓練單位辦理、且結業證明載有心肺復甦術及自動體外心臟電擊去顫器操作課程者。",
        RecordedBy = "system",
        RecordedAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
    };

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

using ClosedXML.Excel;
using RegionalConsole.Domain;
using RegionalConsole.Features.Exports;

namespace RegionalConsole.Features.Statistics;

/// <summary>
/// The statistics as an Excel workbook (SPEC §9, ClosedXML): a cover sheet stating the filters and when it was made,
/// then a sheet per table. The case file sheet holds at most <see cref="CaseFileSheetRows"/> rows; its full
/// length streams from /exports/statistics/case-file.xlsx.
/// </summary>
public static class StatisticsWorkbook
{
    public const int CaseFileSheetRows = 5_000;

    /// <summary>
    /// 統計報表_臺北市區域管理中心_115年11月.xlsx, or 統計報表_屬性標籤_全部中心_115年1-11月.xlsx for one table: files of
    /// different tables, scopes and periods never share a name (issue #19).
    /// </summary>
    public static string FileName(StatisticsScope scope, string? table = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var what = table is null ? "統計報表" : $"統計報表_{StatisticsSheets.SheetNames[table]}";
        return $"{what}_{ScopeText(scope)}_{scope.Filter.PeriodText}.xlsx";
    }

    public static string AsciiFileName(StatisticsScope scope, string? table = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var what = table is null ? "statistics" : $"statistics-{table}";
        return $"{what}-{AsciiScope(scope)}-{AsciiPeriod(scope.Filter)}.xlsx";
    }

    /// <summary>The centre or county a filter names, or 全部中心: the scope in file names.</summary>
    public static string ScopeText(StatisticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Filter switch
        {
            { Centre: { } centre } => scope.NameOf(centre),
            { County: { } county } => Counties.Names.GetValueOrDefault(county, county),
            _ => "全部中心",
        };
    }

    public static string AsciiScope(StatisticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Filter.Centre ?? scope.Filter.County ?? "all";
    }

    public static string AsciiPeriod(StatisticsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return FormattableString.Invariant($"{filter.Year}-{filter.FromMonth:00}-{filter.ToMonth:00}");
    }

    /// <summary>The whole page, or one table (by its key) with the cover sheet.</summary>
    public static XLWorkbook Build(StatisticsReport report, string? table = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var workbook = new XLWorkbook();
        var scope = report.Scope;
        var filter = scope.Filter;
        WorkbookSheets.AddCover(workbook, "說明", "研習審核統計報表", [
            ("期間", $"民國{filter.Year}年{filter.FromMonth}月至{filter.ToMonth}月"),
            ("區域管理中心", filter.Centre is null && filter.County is null ? $"可查閱之全部中心（{scope.Centres.Count} 個）" : string.Join("、", scope.Centres.Select(c => c.Name))),
            ("縣市", filter.County is { } county ? $"{Counties.Names.GetValueOrDefault(county, county)}（{county}）" : "不限"),
            ("產製時間", RocDate.ShortDateTime(report.GeneratedAt) + "（臺北時間）"),
            ("說明", "待審案件為產製當日之未決件數；時限達成率以審結日在審核期限（第3個工作天）當日或之前者為如期（管理規定第11條第8款）。"),
        ]);

        bool Wants(string key) => table is null || table == key;
        if (Wants("backlog"))
        {
            var sheet = WorkbookSheets.AddTable(workbook, StatisticsSheets.SheetNames["backlog"], StatisticsSheets.Backlog, report.Backlog);
            WorkbookSheets.AddTotalRow(sheet, StatisticsSheets.Backlog, StatisticsSheets.BacklogTotal(report.Backlog));
        }

        if (Wants("compliance"))
        {
            var columns = StatisticsSheets.Compliance(filter.Year);
            var sheet = WorkbookSheets.AddTable(workbook, StatisticsSheets.SheetNames["compliance"], columns, report.Compliance);
            WorkbookSheets.AddTotalRow(sheet, columns, StatisticsSheets.ComplianceTotal(report.Compliance));
        }

        if (Wants("decision-time"))
        {
            WorkbookSheets.AddTable(workbook, StatisticsSheets.SheetNames["decision-time"], StatisticsSheets.DecisionTimes, report.DecisionTimes);
        }

        if (Wants("tags"))
        {
            WorkbookSheets.AddTable(workbook, StatisticsSheets.SheetNames["tags"], StatisticsSheets.Tags, report.Tags);
        }

        if (Wants("cancellations"))
        {
            WorkbookSheets.AddTable(workbook, StatisticsSheets.SheetNames["cancellations"], StatisticsSheets.Cancellations, report.Cancellations);
        }

        if (Wants("county-hours"))
        {
            var sheet = WorkbookSheets.AddTable(workbook, StatisticsSheets.SheetNames["county-hours"], StatisticsSheets.CountyHours, report.CountyHours);
            WorkbookSheets.AddTotalRow(sheet, StatisticsSheets.CountyHours, StatisticsSheets.CountyHoursTotal(report.CountyHours));
        }

        if (Wants("preschool-hours"))
        {
            WorkbookSheets.AddTable(workbook, StatisticsSheets.SheetNames["preschool-hours"], StatisticsSheets.PreschoolHours, report.PreschoolHours);
        }

        if (Wants("case-file"))
        {
            var sheet = WorkbookSheets.AddTable(workbook, StatisticsSheets.SheetNames["case-file"], StatisticsSheets.CaseFile, report.CaseFile.Rows);
            if (report.CaseFile.Total > report.CaseFile.Rows.Count)
            {
                // Said on the cover, where a reader starts: the sheet itself keeps its table shape for filtering.
                var cover = workbook.Worksheet("說明");
                var last = cover.LastRowUsed()!.RowNumber() + 1;
                cover.Cell(last, 1).SetValue("案例彙整");
                cover.Cell(last, 1).Style.Font.Bold = true;
                cover.Cell(last, 2).SetValue($"共 {report.CaseFile.Total:N0} 筆，本檔列前 {report.CaseFile.Rows.Count:N0} 筆；完整清單請下載「案例彙整」原始資料。");
                sheet.TabColor = XLColor.Orange;
            }
        }

        return workbook;
    }
}

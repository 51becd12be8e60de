using RegionalConsole.Domain;
using RegionalConsole.Features.Exports;

namespace RegionalConsole.Features.Statistics;

/// <summary>
/// The statistics as an Excel workbook (SPEC §9): a cover sheet stating the filters and when it was made,
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

    /// <summary>
    /// The whole page, or one table (by its key) with the cover sheet, written with SpreadCheetah and then given its
    /// print settings (<see cref="PrintSetup"/>); ClosedXML took most of the workbook's time at national scale.
    /// </summary>
    public static async Task WriteAsync(Stream output, StatisticsReport report, string? table = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using var package = new MemoryStream();
        var sheets = await DocumentSheets.CreateAsync(package, ct);
        var scope = report.Scope;
        var filter = scope.Filter;
        var caseFileCut = (table is null || table == "case-file") && report.CaseFile.Total > report.CaseFile.Rows.Count;
        List<(string, string)> cover = [
            ("期間", $"民國{filter.Year}年{filter.FromMonth}月至{filter.ToMonth}月"),
            ("區域管理中心", filter.Centre is null && filter.County is null ? $"可查閱之全部中心（{scope.Centres.Count} 個）" : string.Join("、", scope.Centres.Select(c => c.Name))),
            ("縣市", filter.County is { } county ? $"{Counties.Names.GetValueOrDefault(county, county)}（{county}）" : "不限"),
            ("產製時間", RocDate.ShortDateTime(report.GeneratedAt) + "（臺北時間）"),
            ("說明", "待審案件為產製當日之未決件數；時限達成率以審結日在審核期限（第3個工作天）當日或之前者為如期（管理規定第11條第8款）。"),
        ];
        if (caseFileCut)
        {
            // Said on the cover, where a reader starts: the sheet itself keeps its table shape for filtering.
            cover.Add(("案例彙整", $"共 {report.CaseFile.Total:N0} 筆，本檔列前 {report.CaseFile.Rows.Count:N0} 筆；完整清單請下載「案例彙整」原始資料。"));
        }

        await sheets.AddCoverAsync("說明", "研習審核統計報表", cover, ct);
        bool Wants(string key) => table is null || table == key;
        string Name(string key) => StatisticsSheets.SheetNames[key];
        if (Wants("backlog"))
        {
            await sheets.AddTableAsync(Name("backlog"), StatisticsSheets.Backlog, report.Backlog, ct, StatisticsSheets.BacklogTotal(report.Backlog));
        }

        if (Wants("compliance"))
        {
            await sheets.AddTableAsync(Name("compliance"), StatisticsSheets.Compliance(filter.Year), report.Compliance, ct,
                StatisticsSheets.ComplianceTotal(report.Compliance));
        }

        if (Wants("decision-time"))
        {
            await sheets.AddTableAsync(Name("decision-time"), StatisticsSheets.DecisionTimes, report.DecisionTimes, ct);
        }

        if (Wants("tags"))
        {
            await sheets.AddTableAsync(Name("tags"), StatisticsSheets.Tags, report.Tags, ct);
        }

        if (Wants("cancellations"))
        {
            await sheets.AddTableAsync(Name("cancellations"), StatisticsSheets.Cancellations, report.Cancellations, ct);
        }

        if (Wants("county-hours"))
        {
            await sheets.AddTableAsync(Name("county-hours"), StatisticsSheets.CountyHours, report.CountyHours, ct,
                StatisticsSheets.CountyHoursTotal(report.CountyHours));
        }

        if (Wants("preschool-hours"))
        {
            await sheets.AddTableAsync(Name("preschool-hours"), StatisticsSheets.PreschoolHours, report.PreschoolHours, ct);
        }

        if (Wants("case-file"))
        {
            // An orange tab when the sheet holds only the first rows (the cover says how many there are).
            await sheets.AddTableAsync(Name("case-file"), StatisticsSheets.CaseFile, report.CaseFile.Rows, ct,
                tabColor: caseFileCut ? System.Drawing.Color.Orange : null);
        }

        await sheets.FinishAsync(ct);
        package.Position = 0;
        PrintSetup.Apply(package, output, sheets.Printed);
    }
}

using System.Globalization;
using CsvHelper;

namespace RegionalConsole.Domain.Preschool;

/// <summary>One study record as the exchange platform receives it: one line of <see cref="ExchangeFile"/>.</summary>
/// <param name="Tags">The confirmed exchange tags of the course (<see cref="ExchangeTags"/>).</param>
public sealed record ExchangeLine(
    long StudyRecordId,
    string NationalId,
    string TeacherName,
    string PreschoolCode,
    string PreschoolName,
    string CourseNo,
    string CourseTitle,
    IReadOnlyList<string> Tags,
    DateOnly CourseStart,
    DateOnly CourseEnd,
    decimal Hours,
    DateOnly IssuedDate);

/// <summary>
/// The monthly file for 資訊傳報平臺 (SPEC §7): CSV (RFC 4180), UTF-8 with a byte-order mark so Excel on Windows
/// opens the Chinese text, CRLF line ends, a zh-TW header row, one line per study record. Dates are ROC (115/11/25)
/// as the network shows them; hours with up to one decimal and a point. The national ID is written in full:
/// the platform matches teachers by it (SPEC §11: masked everywhere except where a role needs it).
/// 學習紀錄編號 is the console's study-record id, stable across runs, so the platform can tell a record it already has.
/// </summary>
public static class ExchangeFile
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "學習紀錄編號", "身分證統一編號", "姓名", "服務幼兒園代碼", "服務幼兒園名稱", "課程編號", "研習名稱",
        "屬性標籤", "研習起日", "研習迄日", "核發時數", "核發日期",
    ];

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The download name, e.g. preschool-study-records-115-11-run7.csv (ASCII, so every browser keeps it).</summary>
    public static string FileName(ExchangePeriod period, int runId) => string.Create(CultureInfo.InvariantCulture,
        $"preschool-study-records-{RocDate.Year(new DateOnly(period.Year, period.Month, 1))}-{period.Month:D2}-run{runId}.csv");

    public static byte[] Write(IEnumerable<ExchangeLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var stream = new MemoryStream();
        // Administrators open the file in Excel: a field that would start a formula is written with a leading ' (SPEC §14.4).
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteHeader([.. Header]);
            foreach (var line in lines)
            {
                csv.WriteRecord([.. Fields(line).Select(Inert)]);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A field Excel would read as a formula (=, +, -, @, tab, carriage return first) gets a leading '.</summary>
    public static string Inert(string field) =>
        field is [('=' or '+' or '-' or '@' or '\t' or '\r'), ..] ? "'" + field : field;

    private static IEnumerable<string> Fields(ExchangeLine line)
    {
        yield return line.StudyRecordId.ToString(CultureInfo.InvariantCulture);
        yield return line.NationalId;
        yield return line.TeacherName;
        yield return line.PreschoolCode;
        yield return line.PreschoolName;
        yield return line.CourseNo;
        yield return line.CourseTitle;
        yield return string.Join('、', line.Tags);
        yield return RocDate.Short(line.CourseStart);
        yield return RocDate.Short(line.CourseEnd);
        yield return line.Hours.ToString("0.#", CultureInfo.InvariantCulture);
        yield return RocDate.Short(line.IssuedDate);
    }
}

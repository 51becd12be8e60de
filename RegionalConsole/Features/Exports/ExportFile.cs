using System.Globalization;

namespace RegionalConsole.Features.Exports;

/// <summary>The answer headers of an exported workbook.</summary>
public static class ExportFile
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// attachment with the zh-TW name as RFC 5987 <c>filename*</c> (統計報表_115年11月.xlsx) and an ASCII
    /// <c>filename</c> for old clients.
    /// </summary>
    public static string ContentDisposition(string fileName, string asciiFallback) =>
        $"attachment; filename=\"{asciiFallback}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";

    /// <summary>Starts a streamed workbook answer: the headers go before the first row is written.</summary>
    public static void StartXlsx(HttpResponse response, string fileName, string asciiFallback)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = XlsxType;
        response.Headers.ContentDisposition = ContentDisposition(fileName, asciiFallback);
        response.Headers.CacheControl = "no-store";
    }

    /// <summary>115-11-25 style stamp for ASCII file names.</summary>
    public static string AsciiStamp(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Domain.RocDate.Year(date)}-{date.Month:00}-{date.Day:00}");
}

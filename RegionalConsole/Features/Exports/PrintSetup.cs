using System.IO.Compression;
using System.Security;
using System.Text;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// Print settings for a workbook SpreadCheetah wrote, which has no API for them (issue #19: every sheet prints as a
/// document): A4, one page wide, landscape when wide, the header row on every page, the sheet's title above and
/// 第 n 頁，共 m 頁 below. The package is copied part by part; the worksheets get the OOXML elements in their schema
/// places (pageSetUpPr inside sheetPr; pageMargins, pageSetup and headerFooter last, as no drawing or table follows)
/// and the workbook the print titles as defined names. Anything unexpected in the parts throws rather than write a
/// file Excel would repair.
/// </summary>
public static class PrintSetup
{
    private const string Margins = "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>";

    public static void Apply(Stream package, Stream output, IReadOnlyList<PrintedSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            using var from = entry.Open();
            using var to = copy.Open();
            if (SheetIndex(entry.FullName) is { } index)
            {
                Write(to, Worksheet(Read(from), sheets[index]));
            }
            else if (entry.FullName == "xl/workbook.xml")
            {
                Write(to, Workbook(Read(from), sheets));
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    /// <summary>xl/worksheets/sheet3.xml → 2: SpreadCheetah numbers the sheets in the order they were started.</summary>
    private static int? SheetIndex(string part) =>
        part.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && part.EndsWith(".xml", StringComparison.Ordinal)
            && int.TryParse(part.AsSpan(19, part.Length - 23), out var n) ? n - 1 : null;

    private static string Worksheet(string xml, PrintedSheet sheet)
    {
        var fit = "<pageSetUpPr fitToPage=\"1\"/>";
        // sheetPr holds tabColor, outlinePr, then pageSetUpPr, and is the worksheet's first child; a sheet without a
        // tab colour has none yet.
        if (xml.Contains("</sheetPr>", StringComparison.Ordinal))
        {
            xml = xml.Replace("</sheetPr>", fit + "</sheetPr>", StringComparison.Ordinal);
        }
        else if (!xml.Contains("<sheetPr", StringComparison.Ordinal))
        {
            var start = xml.IndexOf("<worksheet", StringComparison.Ordinal);
            var end = start < 0 ? -1 : xml.IndexOf('>', start);
            xml = end < 0 ? Insert(xml, "<worksheet", "", before: true) : xml.Insert(end + 1, $"<sheetPr>{fit}</sheetPr>");
        }
        else
        {
            throw new InvalidOperationException("The worksheet's sheetPr has no end tag: its print settings cannot be placed.");
        }

        var title = SecurityElement.Escape(CellText.Clean(sheet.Title) ?? "").Replace("&amp;", "&amp;&amp;", StringComparison.Ordinal);
        var setup = Margins
            + $"<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"{(sheet.Landscape ? "landscape" : "portrait")}\"/>"
            + $"<headerFooter><oddHeader>&amp;C{title}</oddHeader><oddFooter>&amp;C第 &amp;P 頁，共 &amp;N 頁</oddFooter></headerFooter>";
        return Insert(xml, "</worksheet>", setup, before: true);
    }

    private static string Workbook(string xml, IReadOnlyList<PrintedSheet> sheets)
    {
        var names = new StringBuilder();
        for (var i = 0; i < sheets.Count; i++)
        {
            if (sheets[i].RepeatHeaderRow)
            {
                var quoted = "'" + sheets[i].Title.Replace("'", "''", StringComparison.Ordinal) + "'";
                names.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{SecurityElement.Escape(quoted)}!$1:$1</definedName>");
            }
        }

        if (names.Length == 0)
        {
            return xml;
        }

        // definedNames follows sheets; SpreadCheetah writes one for the filters when a sheet has one.
        return xml.Contains("</definedNames>", StringComparison.Ordinal)
            ? xml.Replace("</definedNames>", names + "</definedNames>", StringComparison.Ordinal)
            : Insert(xml, "</sheets>", $"<definedNames>{names}</definedNames>", before: false);
    }

    private static string Insert(string xml, string marker, string text, bool before)
    {
        var at = xml.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The workbook part has no {marker}: its print settings cannot be placed.");
        }

        return xml.Insert(before ? at : at + marker.Length, text);
    }

    private static string Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Write(Stream stream, string xml)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml);
        stream.Write(bytes);
    }
}

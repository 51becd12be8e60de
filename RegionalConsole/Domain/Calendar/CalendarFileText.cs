using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace RegionalConsole.Domain.Calendar;

/// <summary>
/// Turns the bytes of an official calendar file into text. The files are published as UTF-8, and older
/// ones and re-saves from Excel on zh-TW Windows are Big5 (SPEC §4: UTF-8 or Big5).
/// </summary>
internal static class CalendarFileText
{
    /// <summary>A year is about 10 KB; anything far larger is not a calendar and is refused unread.</summary>
    internal const int MaxBytes = 1024 * 1024;

    /// <summary>The first column of the official header, enough to tell which encoding wrote it.</summary>
    private const string HeaderMarker = "西元日期";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictBig5 = CreateStrictBig5();

    /// <summary>Reads at most <see cref="MaxBytes"/> bytes; null when the stream holds more.</summary>
    internal static byte[]? ReadLimited(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Decodes as UTF-8 when a BOM says so or when the bytes are valid UTF-8, else as Big5. Big5 text is
    /// almost never valid UTF-8, so trying UTF-8 first cannot misread a Big5 file. A UTF-8 file with a few
    /// bad bytes is recognised by its header and blamed on the bad line: read as Big5 it would only yield
    /// a garbled header.
    /// </summary>
    internal static bool TryDecode(byte[] bytes, out string text, [NotNullWhen(false)] out CalendarCsvError? error)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.AsSpan().StartsWith(bom))
        {
            return TryDecodeWith(StrictUtf8, bytes, bom.Length, "UTF-8", out text, out error);
        }

        if (TryDecodeWith(StrictUtf8, bytes, 0, "UTF-8", out text, out error) || HasUtf8Header(bytes))
        {
            return error is null;
        }

        return TryDecodeWith(StrictBig5, bytes, 0, null, out text, out error);
    }

    private static bool HasUtf8Header(byte[] bytes)
    {
        var end = Array.IndexOf(bytes, (byte)'\n');
        var header = bytes.AsSpan(0, end < 0 ? bytes.Length : end);
        return header.IndexOf(StrictUtf8.GetBytes(HeaderMarker)) >= 0;
    }

    private static bool TryDecodeWith(Encoding encoding, byte[] bytes, int start, string? expected, out string text, [NotNullWhen(false)] out CalendarCsvError? error)
    {
        try
        {
            text = encoding.GetString(bytes, start, bytes.Length - start);
            error = null;
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            var line = FirstUndecodableLine(encoding, bytes, start);
            error = expected is null
                ? CalendarCsvError.Of(line, CalendarCsvProblem.UndecodableAsEither)
                : CalendarCsvError.Of(line, CalendarCsvProblem.Undecodable, expected);
            return false;
        }
    }

    /// <summary>
    /// Only on the error path: finds the line to blame. LF (0x0A) never occurs inside a UTF-8 or Big5
    /// multi-byte character, so cutting the bytes there is safe for both.
    /// </summary>
    private static int FirstUndecodableLine(Encoding encoding, byte[] bytes, int start)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            try
            {
                encoding.GetString(bytes, lineStart, i - lineStart);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            line++;
            lineStart = i + 1;
        }

        return line;
    }

    private static Encoding CreateStrictBig5()
    {
        // Big5 (code page 950) lives in the code-pages provider, which .NET does not register by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}

using System.Text;

namespace RegionalConsole.Domain.Sharing;

/// <summary>Why an upload to 資源分享區 was refused; nothing is stored for any of them.</summary>
public enum UploadRefusal
{
    None,
    Empty,
    TooLarge,
    TypeNotAllowed,

    /// <summary>The name says one type, the bytes another (e.g. a program renamed to .pdf).</summary>
    ContentMismatch,
}

/// <summary>
/// The file types centres share (meeting handbooks, forms, pictures) and how each one's content begins. The extension
/// alone is not trusted: the first bytes must match, so a renamed program is refused.
/// </summary>
public static class SharedFileType
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    // Legacy Office (.doc/.xls/.ppt) compound files still circulate among schools.
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private sealed record Kind(string ContentType, Func<ReadOnlySpan<byte>, bool> Matches);

    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = new("application/pdf", h => h.StartsWith(Pdf)),
        [".docx"] = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", h => h.StartsWith(Zip)),
        [".xlsx"] = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", h => h.StartsWith(Zip)),
        [".pptx"] = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", h => h.StartsWith(Zip)),
        [".odt"] = new("application/vnd.oasis.opendocument.text", h => IsOpenDocument(h, "application/vnd.oasis.opendocument.text")),
        [".ods"] = new("application/vnd.oasis.opendocument.spreadsheet", h => IsOpenDocument(h, "application/vnd.oasis.opendocument.spreadsheet")),
        [".odp"] = new("application/vnd.oasis.opendocument.presentation", h => IsOpenDocument(h, "application/vnd.oasis.opendocument.presentation")),
        [".doc"] = new("application/msword", h => h.StartsWith(Compound)),
        [".xls"] = new("application/vnd.ms-excel", h => h.StartsWith(Compound)),
        [".zip"] = new("application/zip", h => h.StartsWith(Zip)),
        [".png"] = new("image/png", h => h.StartsWith(Png)),
        [".jpg"] = new("image/jpeg", h => h.StartsWith(Jpeg)),
        [".jpeg"] = new("image/jpeg", h => h.StartsWith(Jpeg)),
    };

    /// <summary>How many leading bytes <see cref="Check"/> needs to see.</summary>
    public const int HeaderLength = 128;

    /// <summary>The extensions accepted, for the upload form's hint.</summary>
    public static IReadOnlyCollection<string> Extensions => Kinds.Keys;

    /// <summary>Default upload limit: 10 MB (an administrator may change <c>Sharing:MaxFileBytes</c>).</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Judges an upload by its name, size and first bytes; answers the content type to serve it with.</summary>
    public static UploadRefusal Check(string fileName, long size, long maxBytes, ReadOnlySpan<byte> header, out string contentType)
    {
        contentType = "";
        if (size <= 0)
        {
            return UploadRefusal.Empty;
        }

        if (size > maxBytes)
        {
            return UploadRefusal.TooLarge;
        }

        if (!Kinds.TryGetValue(Path.GetExtension(fileName ?? ""), out var kind))
        {
            return UploadRefusal.TypeNotAllowed;
        }

        if (!kind.Matches(header))
        {
            return UploadRefusal.ContentMismatch;
        }

        contentType = kind.ContentType;
        return UploadRefusal.None;
    }

    // An OpenDocument file is a zip whose first entry is an uncompressed "mimetype" naming its type (ODF 1.2 Part 3 §3.3).
    private static bool IsOpenDocument(ReadOnlySpan<byte> header, string mimeType)
    {
        var name = "mimetype"u8;
        var expected = Encoding.ASCII.GetBytes(mimeType);
        return header.StartsWith(Zip)
            && header.Length >= 38 + expected.Length
            && header.Slice(30, name.Length).SequenceEqual(name)
            && header.Slice(38, expected.Length).SequenceEqual(expected);
    }
}

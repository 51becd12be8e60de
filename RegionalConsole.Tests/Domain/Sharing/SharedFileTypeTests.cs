using System.Text;
using RegionalConsole.Domain.Sharing;

namespace RegionalConsole.Tests.Domain.Sharing;

public sealed class SharedFileTypeTests
{
    private const long Limit = 1000;

    [Theory]
    [InlineData("手冊.pdf", "application/pdf")]
    [InlineData("報名表.PDF", "application/pdf")]
    public void APdfIsAcceptedByItsSignature(string name, string contentType)
    {
        var refusal = SharedFileType.Check(name, 100, Limit, "%PDF-1.7"u8, out var type);

        Assert.Equal(UploadRefusal.None, refusal);
        Assert.Equal(contentType, type);
    }

    [Fact]
    public void AWordDocumentIsAZipContainer()
    {
        Assert.Equal(UploadRefusal.None, SharedFileType.Check("表單.docx", 100, Limit, [0x50, 0x4B, 0x03, 0x04, 0x14], out _));
    }

    [Fact]
    public void AnOpenDocumentSpreadsheetMustNameItsTypeInTheMimetypeEntry()
    {
        var ods = OpenDocument("application/vnd.oasis.opendocument.spreadsheet");
        var odt = OpenDocument("application/vnd.oasis.opendocument.text");

        Assert.Equal(UploadRefusal.None, SharedFileType.Check("統計.ods", ods.Length, Limit, ods, out _));
        Assert.Equal(UploadRefusal.ContentMismatch, SharedFileType.Check("統計.ods", odt.Length, Limit, odt, out _));
    }

    [Fact]
    public void APngNamedJpgIsAMismatch()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

        Assert.Equal(UploadRefusal.ContentMismatch, SharedFileType.Check("照片.jpg", 100, Limit, png, out _));
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("script.js")]
    [InlineData("無副檔名")]
    public void TypesOutsideTheAllowListAreRefused(string name)
    {
        Assert.Equal(UploadRefusal.TypeNotAllowed, SharedFileType.Check(name, 100, Limit, "%PDF-"u8, out _));
    }

    [Fact]
    public void TheLimitItselfIsAllowedAndOneByteMoreIsNot()
    {
        Assert.Equal(UploadRefusal.None, SharedFileType.Check("a.pdf", Limit, Limit, "%PDF-"u8, out _));
        Assert.Equal(UploadRefusal.TooLarge, SharedFileType.Check("a.pdf", Limit + 1, Limit, "%PDF-"u8, out _));
    }

    [Fact]
    public void AnEmptyFileIsRefused()
    {
        Assert.Equal(UploadRefusal.Empty, SharedFileType.Check("a.pdf", 0, Limit, [], out _));
    }

    // A zip local file header (30 bytes) whose first entry is "mimetype", stored, followed by its content.
    private static byte[] OpenDocument(string mimeType)
    {
        var header = new byte[30];
        new byte[] { 0x50, 0x4B, 0x03, 0x04 }.CopyTo(header, 0);
        header[26] = 8; // file name length
        return [.. header, .. "mimetype"u8, .. Encoding.ASCII.GetBytes(mimeType)];
    }
}

using ClosedXML.Excel;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Exports;

/// <summary>A signed-in browser-like client for the export endpoints, and the workbook it downloads opened with ClosedXML.</summary>
internal static class ExportClient
{
    public static async Task<HttpClient> SignedInAsync(ConsoleAppFactory app, string userName)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await client.GetAsync(new Uri($"/dev-signin?as={userName}", UriKind.Relative));
        Assert.True((int)signIn.StatusCode is 302 or 200, $"sign-in as {userName}: {signIn.StatusCode}");
        return client;
    }

    public static async Task<XLWorkbook> WorkbookAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new XLWorkbook(new MemoryStream(bytes));
    }

    /// <summary>The value of a column by its header in row 1.</summary>
    public static IXLCell Cell(IXLWorksheet sheet, int row, string header)
    {
        var column = sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;
        return sheet.Cell(row, column);
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Domain.Calendar.CalendarCsvFiles;

namespace RegionalConsole.Tests.Features.Calendar;

/// <summary>The import as the calendar page uses it: a preview first, then the import, by administrators only.</summary>
public sealed class CalendarImportServiceTests : IClassFixture<ConsoleAppFactory>
{
    private readonly ConsoleAppFactory _app;

    public CalendarImportServiceTests(ConsoleAppFactory app) => _app = app;

    [Fact]
    public async Task ThePreviewOfAStoredYearSaysItWillBeReplaced()
    {
        var check = await CheckAsync(Shipped(2026));

        Assert.True(check.ReplacesStoredYear);
        Assert.Equal(365, check.Summary!.Days);
        Assert.Contains(check.Summary.Holidays, h => h.Name == "春節");
    }

    [Fact]
    public async Task ThePreviewOfANewYearStoresNothing()
    {
        var check = await CheckAsync(GeneratedYear(2033));

        Assert.False(check.ReplacesStoredYear);
        Assert.Equal(2033, check.Summary!.Year);
        Assert.False(await _app.WithDbAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2033, 1, 1))));
    }

    [Fact]
    public async Task ThePreviewOfAMalformedFileListsItsLines()
    {
        var check = await CheckAsync(WithLine(GeneratedYear(2033), 4, "20330103,二,0,"));

        Assert.Null(check.Summary);
        Assert.Equal([4], check.Parsed.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task OnlyAnAdministratorMayImportFromTheConsole()
    {
        var year = Parse(GeneratedYear(2034)).Year!;
        await using var scope = _app.Services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<CalendarImportService>();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => imports.ImportAsync(TestUsers.Supervisor("10015"), year));
        Assert.False(await _app.WithDbAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2034, 1, 1))));

        var result = await imports.ImportAsync(TestUsers.Administrator, year);
        Assert.Equal(365, result.Days);
    }

    private async Task<CalendarImportCheck> CheckAsync(string csv)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<CalendarImportService>().CheckAsync(stream);
    }
}

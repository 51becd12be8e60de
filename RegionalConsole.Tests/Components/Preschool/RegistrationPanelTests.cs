using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Features.Preschool;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Preschool;

/// <summary>The registration table of /preschool on the app's own service and database (共同研討一 提案二 決議一).</summary>
public sealed class RegistrationPanelTests : ComponentTestContext, IClassFixture<ConsoleAppFactory>
{
    private readonly PreschoolData _data;

    public RegistrationPanelTests(ConsoleAppFactory app)
    {
        _data = new PreschoolData(app);
        Services.AddSingleton(app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>());
        Services.AddSingleton(app.Services.GetRequiredService<TagRegistryService>());
        Services.AddScoped<PreschoolRegistrationService>();
    }

    [Fact]
    public async Task PreschoolsThatRegisteredNoCourseComeFirst()
    {
        var busy = await _data.InstitutionAsync("10015", "花蓮縣立甲排序幼兒園");
        var idle = await _data.InstitutionAsync("10015", "花蓮縣立乙排序幼兒園");
        await _data.RecordAsync(await _data.TeacherAsync(busy), busy, PreschoolData.Taipei(2026, 11, 20), [TagDefaults.Preschool]);

        var panel = Render<RegistrationPanel>(p => p.Add(x => x.User, TestUsers.Supervisor("10015")).Add(x => x.Search, "排序幼兒園"));

        panel.WaitForElement("[data-testid='preschool-table']", TimeSpan.FromSeconds(5));
        var codes = panel.FindAll("[data-testid='preschool-row']").Select(c => c.GetAttribute("data-code")).ToList();
        Assert.Equal([idle, busy], codes);
        var counts = panel.FindAll("[data-testid='preschool-courses']").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["0", "1"], counts);
    }
}

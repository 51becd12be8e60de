using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Tags;

/// <summary>The administrators' side of the tag registry (SPEC §5.2), on the real database.</summary>

/// <summary>What the tag registry tests share: the service, tags in each state, what is stored and audited.</summary>
public abstract class TagAdminTestBase(ConsoleAppFactory app)
{
    protected ConsoleAppFactory App => app;

    protected static readonly DateOnly From = new(2026, 12, 1);

    protected TagAdminService Service() => app.Services.CreateScope().ServiceProvider.GetRequiredService<TagAdminService>();

    protected static string UniqueName(string stem) => $"{stem}{Guid.NewGuid().ToString("N")[..6]}";

    protected static string DefinitionOf(string name) => $"以{name}為主題之教師研習。";

    protected static TagDefinitionInput Definition(string definition, params string[] keywords) => new(null, definition, keywords, [], []);

    protected static JsonElement Json(string? text) => JsonDocument.Parse(text!).RootElement;

    protected async Task<int> ProposeAsync(string name, string? label = null) =>
        (await Service().ProposeAsync(TestUsers.Administrator, new TagProposal(name, label, "測試單位"))).TagId!.Value;

    protected async Task<int> ProposeDefinedAsync(string name, string? label = null)
    {
        var id = await ProposeAsync(name, label);
        var definition = Definition(DefinitionOf(name)) with { Label = label };
        Assert.True((await Service().DefineAsync(TestUsers.Administrator, id, definition)).Succeeded);
        return id;
    }

    /// <summary>A tag active from <see cref="From"/>, with <paramref name="label"/> as its short label when given.</summary>
    protected async Task<int> ProposeActiveAsync(string name, string? label = null)
    {
        var id = await ProposeDefinedAsync(name, label);
        Assert.True((await Service().ActivateAsync(TestUsers.Administrator, id, From)).Succeeded);
        return id;
    }

    protected Task<Tag> StoredAsync(string name) => app.WithDbAsync(db => db.Tags.AsNoTracking().SingleAsync(t => t.Name == name));

    protected Task<Tag> StoredAsync(int id) => app.WithDbAsync(db => db.Tags.AsNoTracking().SingleAsync(t => t.Id == id));

    protected Task<int> AuditCountAsync(string name) =>
        app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EntityType == nameof(Tag) && a.EntityId == name));
}

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

/// <summary>Every change to a tag is audited, and its history is read from the audit log.</summary>
public sealed class TagAuditAndHistoryTests(ConsoleAppFactory app) : TagAdminTestBase(app), IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task AnActivationIsAuditedWithTheTagBeforeAndAfter()
    {
        var name = UniqueName("能源教育");
        var id = await ProposeDefinedAsync(name);

        await Service().ActivateAsync(TestUsers.Administrator, id, From);

        var entry = await App.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.EntityType == nameof(Tag) && a.EntityId == name && a.Action == "TagActivated"));
        Assert.Equal("admin", entry.Actor);
        Assert.Equal("Proposed", Json(entry.Before).GetProperty("Status").GetString());
        Assert.Equal("Active", Json(entry.After).GetProperty("Status").GetString());
        Assert.Equal("2026-12-01", Json(entry.After).GetProperty("ActiveFrom").GetString());
    }

    [Fact]
    public async Task TheHistoryListsEachChangeNewestFirstWithTheFieldsItChanged()
    {
        var id = await ProposeActiveAsync(UniqueName("戶外教育"));

        var history = await Service().HistoryAsync(id);

        Assert.Equal(["TagActivated", "TagDefined", "TagProposed"], history.Select(h => h.Action));
        Assert.Equal(["Status", "ActiveFrom"], history[0].Changed);
        Assert.Equal(["Definition"], history[1].Changed);
        Assert.All(history, h => Assert.Equal("admin", h.Actor));
    }

    [Fact]
    public async Task SavingATagUnchangedWritesNoAuditEntry()
    {
        var name = UniqueName("交通安全");
        var id = await ProposeDefinedAsync(name);
        var audited = await AuditCountAsync(name);

        var result = await Service().DefineAsync(TestUsers.Administrator, id, Definition(DefinitionOf(name)));

        Assert.True(result.Succeeded);
        Assert.Equal(audited, await AuditCountAsync(name));
    }

    [Fact]
    public async Task TheListCanBeFilteredByStatus()
    {
        var name = UniqueName("藝術教育");
        await ProposeAsync(name);

        var proposed = await Service().ListAsync(TagStatus.Proposed);
        var active = await Service().ListAsync(TagStatus.Active);

        Assert.Contains(proposed, t => t.Name == name);
        Assert.DoesNotContain(active, t => t.Name == name);
        Assert.All(proposed, t => Assert.Equal(TagStatus.Proposed, t.Status));
    }
}

using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Tags;

/// <summary>
/// The attribute tag registry (SPEC §5.2; 共同研討二 提案一): everyone signed in reads it, administrators propose,
/// define, activate, retire and reopen tags. The lifecycle's rules are <see cref="TagDefinition"/>'s; each change is
/// audited in the same SaveChanges (the tag's name is its identity there), and the course checks see it at once.
/// </summary>
public sealed class TagAdminService(IDbContextFactory<ConsoleDbContext> contexts, TagRegistryService registry, ISharedStateNotifier sharedState, TimeProvider clock)
{
    public async Task<List<TagRow>> ListAsync(TagStatus? status = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tags = db.Tags.AsNoTracking();
        if (status is { } wanted)
        {
            tags = tags.Where(t => t.Status == wanted);
        }

        return await tags.OrderBy(t => t.Id)
            .Select(t => new TagRow(t.Id, t.Name, t.Label, t.Status, t.ActiveFrom, t.RetiredOn, t.Definition, t.RequestingUnit))
            .ToListAsync(ct);
    }

    public async Task<TagDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Tags.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (row is null)
        {
            return null;
        }

        var tag = TagRows.ToDefinition(row);
        return new TagDetail(
            new TagRow(row.Id, tag.Name, tag.Label, tag.Status, tag.ActiveFrom, tag.RetiredOn, tag.Definition, tag.RequestingUnit),
            [.. tag.Keywords.Select(k => k.ToString())],
            tag.RequiredAudience,
            tag.AllowedOrganiserTypes);
    }

    /// <summary>The tag's changes, newest first: its audit entries.</summary>
    public async Task<List<TagHistoryEntry>> HistoryAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var name = await db.Tags.Where(t => t.Id == id).Select(t => t.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return [];
        }

        var entries = await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == nameof(Tag) && a.EntityId == name)
            .OrderByDescending(a => a.Id)
            .ToListAsync(ct);
        return [.. entries.Select(a => new TagHistoryEntry(a.At, a.Actor, a.Action, TagAudit.ChangedFields(a.Before, a.After)))];
    }

    public async Task<TagEditResult> ProposeAsync(ConsoleUser user, TagProposal proposal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(proposal);
        if (user.Role != ConsoleRole.Administrator)
        {
            return TagEditResult.Refused(TagEditError.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(proposal.Name))
        {
            return TagEditResult.Refused(TagEditError.NameRequired);
        }

        var tag = TagDefinition.Propose(proposal.Name, proposal.Label, proposal.RequestingUnit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (Clash(await db.Tags.AsNoTracking().ToListAsync(ct), tag) is { } taken)
        {
            return TagEditResult.Refused(TagEditError.NameTaken, taken);
        }

        var row = TagRows.ToRow(tag);
        db.Tags.Add(row);
        db.AuditLog.Add(TagAudit.Entry(clock, user, "TagProposed", before: null, after: TagAudit.Snapshot.Of(row)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Proposed at the same moment by someone else (the name is unique).
            return TagEditResult.Refused(TagEditError.NameTaken, tag.Name);
        }

        sharedState.Changed(SharedState.Tags);
        return new TagEditResult(TagEditError.None, row.Id);
    }

    /// <summary>Sets the label, 定義說明 and evidence. A blank definition leaves a tag without one as it is.</summary>
    public Task<TagEditResult> DefineAsync(ConsoleUser user, int id, TagDefinitionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(user, id, "TagDefined", tag =>
        {
            // A proposal may wait for its owner's definition; a definition once given cannot be emptied.
            if (!string.IsNullOrWhiteSpace(input.Definition) || tag.Definition is not null)
            {
                if (tag.RefusalToDefine(input.Definition) is { } refusal)
                {
                    return TagEditResult.Refused(refusal);
                }

                tag = tag.Define(input.Definition!);
            }

            var keywords = new List<TagKeyword>();
            foreach (var written in input.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)))
            {
                try
                {
                    keywords.Add(TagKeyword.Parse(written));
                }
                catch (ArgumentException)
                {
                    return TagEditResult.Refused(TagEditError.KeywordInvalid, written.Trim());
                }
            }

            var evidence = new TagEvidenceRules(keywords, [.. input.RequiredAudience.Distinct()], [.. input.AllowedOrganiserTypes.Distinct()]);
            return tag.Relabel(string.IsNullOrWhiteSpace(input.Label) ? tag.Name : input.Label).WithEvidence(evidence);
        }, ct);
    }

    /// <summary>Proposed → active from <paramref name="from"/>; the domain refuses a tag without a definition.</summary>
    public Task<TagEditResult> ActivateAsync(ConsoleUser user, int id, DateOnly from, CancellationToken ct = default) =>
        ChangeAsync(user, id, "TagActivated", tag =>
            tag.RefusalToActivate() is { } refusal ? TagEditResult.Refused(refusal) : tag.Activate(from), ct);

    /// <summary>Active → retired: courses held from <paramref name="on"/> can no longer carry the tag.</summary>
    public Task<TagEditResult> RetireAsync(ConsoleUser user, int id, DateOnly on, CancellationToken ct = default) =>
        ChangeAsync(user, id, "TagRetired", tag =>
            tag.RefusalToRetire(on) is { } refusal ? TagEditResult.Refused(refusal) : tag.Retire(on), ct);

    /// <summary>Retired → proposed again, to be reviewed and activated anew.</summary>
    public Task<TagEditResult> ReopenAsync(ConsoleUser user, int id, CancellationToken ct = default) =>
        ChangeAsync(user, id, "TagReopened", tag =>
            tag.RefusalToReopen() is { } refusal ? TagEditResult.Refused(refusal) : tag.Reopen(), ct);

    /// <summary>Tags that a course held today or later may carry, for partner systems (GET /api/v1/tags).</summary>
    public async Task<IReadOnlyList<TagDefinition>> UsableAsync(CancellationToken ct = default)
    {
        var today = RocDate.TaipeiDate(clock.GetUtcNow());
        return [.. (await registry.GetAsync(ct)).All.Where(t => t.IsUsableOnOrAfter(today))];
    }

    /// <summary>
    /// Applies <paramref name="change"/> (which returns the changed tag, or a refusal) to the stored tag; an unchanged tag
    /// stores and audits nothing.
    /// </summary>
    private async Task<TagEditResult> ChangeAsync(
        ConsoleUser user, int id, string action, Func<TagDefinition, Outcome> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return TagEditResult.Refused(TagEditError.NotAllowed);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Tags.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (row is null)
        {
            return TagEditResult.Refused(TagEditError.NotFound);
        }

        var outcome = change(TagRows.ToDefinition(row));
        if (outcome.Refusal is { } refused)
        {
            return refused;
        }

        var changed = outcome.Tag!;
        if (Clash(await db.Tags.AsNoTracking().Where(t => t.Id != id).ToListAsync(ct), changed) is { } taken)
        {
            return TagEditResult.Refused(TagEditError.NameTaken, taken);
        }

        var before = TagAudit.Snapshot.Of(row);
        TagRows.CopyTo(changed, row);
        var after = TagAudit.Snapshot.Of(row);
        if (before == after)
        {
            return new TagEditResult(TagEditError.None, id);
        }

        db.AuditLog.Add(TagAudit.Entry(clock, user, action, before, after));
        await db.SaveChangesAsync(ct);
        sharedState.Changed(SharedState.Tags);
        return new TagEditResult(TagEditError.None, id);
    }

    /// <summary>The name or label that <paramref name="tag"/> would share with another tag (the registry refuses that), or null.</summary>
    private static string? Clash(IEnumerable<Tag> others, TagDefinition tag)
    {
        var existing = others.Select(TagRows.ToDefinition).ToList();
        try
        {
            _ = new TagRegistry([.. existing, tag]);
            return null;
        }
        catch (ArgumentException)
        {
            var taken = existing.SelectMany(t => new[] { TagRegistry.Key(t.Name), TagRegistry.Key(t.Label) }).ToHashSet();
            return taken.Contains(TagRegistry.Key(tag.Name)) ? tag.Name : tag.Label;
        }
    }

    /// <summary>What a change gives: the changed tag, or why it was refused.</summary>
    private readonly record struct Outcome(TagDefinition? Tag, TagEditResult? Refusal)
    {
        public static implicit operator Outcome(TagDefinition tag) => new(tag, null);

        public static implicit operator Outcome(TagEditResult refusal) => new(null, refusal);
    }
}

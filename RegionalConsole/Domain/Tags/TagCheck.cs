using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Domain.Tags;

/// <summary>
/// The attribute tag checks of SPEC §5.2 (管理規定第8條第1款: 依照定義正確加註屬性標籤，由各區域管理中心認定):
/// declared tags known and active on the course's start, tag prefixes matching them, evidence for each, the audience
/// and organiser a tag requires, and suggestions of active tags the course strongly shows but does not declare.
/// Every result about one tag carries the tag's name in <see cref="CheckResult.Tag"/>.
/// </summary>
/// <remarks>
/// Runs when <see cref="CheckContext.Tags"/> is set. A course without a start date is judged on the tags' status alone.
/// TAG_PRESCHOOL_AUDIENCE and TAG_PRESCHOOL_ORGANISER apply to any tag whose evidence rules name a required audience or
/// allowed organisers; in the seeded table only 幼兒園教保專業知能 does. The organiser check is waived when the course
/// is also declared 基本救命術訓練: 幼兒園教保專業知能研習實施辦法第3條第2項 counts basic life support training run by a
/// professional training unit (紅十字會, a hospital: any organiser type) even when no authority approved it.
/// </remarks>
public sealed class TagCheck : ICourseCheck
{
    public void Check(CourseUnderCheck course, ICollection<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(results);
        if (course.Context.Tags is not { } registry)
        {
            return;
        }

        var draft = course.Draft;
        var title = TitlePrefixes.Parse(draft.Title, registry);
        var declared = Declared(draft.Tags ?? [], registry);
        var audience = draft.Audience ?? [];
        var evidence = CourseEvidence.Find(registry, title.WithoutTagPrefixes, draft.Outline, course.Schedule);
        var start = draft.StartDate == default ? (DateOnly?)null : draft.StartDate;
        var organiserWaived = declared.Exists(static d => d.Tag?.Name == TagDefaults.BasicLifeSupport);
        foreach (var (typed, tag) in declared)
        {
            if (tag is null)
            {
                results.Add(TagFindings.Unknown(typed));
                continue;
            }

            if (!IsUsable(tag, start))
            {
                results.Add(TagFindings.NotActive(tag, start));
                continue;
            }

            if (!tag.Evidence.AudienceFits(audience))
            {
                results.Add(TagFindings.AudienceMissing(tag, audience));
            }

            if (!organiserWaived && !tag.Evidence.OrganiserFits(course.Context.OrganiserType))
            {
                results.Add(TagFindings.OrganiserNotAllowed(tag, course.Context.OrganiserType!.Value, draft.ApprovalDocNo));
            }

            if (!evidence.HasEvidence(registry.PositionOf(tag)))
            {
                results.Add(TagFindings.NoEvidence(tag, title.WithoutTagPrefixes));
            }
        }

        CheckPrefixes(title, declared, start, results);
        Suggest(registry, evidence, course, title, declared, organiserWaived, results);
    }

    private static bool IsUsable(TagDefinition tag, DateOnly? start) =>
        start is { } day ? tag.IsActiveOn(day) : tag.Status == TagStatus.Active;

    // The declared tags, each once: 「教保專業」 and 「幼兒園教保專業知能」 are one tag.
    private static List<(string Typed, TagDefinition? Tag)> Declared(IReadOnlyList<string> tags, TagRegistry registry)
    {
        var declared = new List<(string Typed, TagDefinition? Tag)>(tags.Count);
        if (tags.Count == 0)
        {
            return declared;
        }

        foreach (var typed in tags)
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                continue;
            }

            var tag = registry.Find(typed);
            var key = tag is null ? TagRegistry.Key(typed) : null;
            if (!declared.Exists(d => tag is null ? d.Tag is null && TagRegistry.Key(d.Typed) == key : ReferenceEquals(d.Tag, tag)))
            {
                declared.Add((typed.Trim(), tag));
            }
        }

        return declared;
    }

    // SPEC §5.2: a title without tag prefixes is fine (the console shows the declared tags); with them, the sets agree.
    // A declared tag that is unknown or not active has its error already and need not be in the prefixes too.
    private static void CheckPrefixes(
        PrefixedTitle title,
        List<(string Typed, TagDefinition? Tag)> declared,
        DateOnly? start,
        ICollection<CheckResult> results)
    {
        if (title.TagPrefixes.Count == 0)
        {
            return;
        }

        var declaredNames = declared.Where(d => d.Tag is not null).Select(d => d.Tag!.Name).ToList();
        foreach (var name in title.TagPrefixes.Where(p => !declaredNames.Contains(p)))
        {
            results.Add(TagFindings.PrefixNotDeclared(name, title, declared.Select(d => d.Typed)));
        }

        var usable = declared.Where(d => d.Tag is not null && IsUsable(d.Tag, start)).Select(d => d.Tag!.Name);
        foreach (var name in usable.Where(d => !title.TagPrefixes.Contains(d)))
        {
            results.Add(TagFindings.DeclaredNotInPrefix(name, title, declared.Select(d => d.Typed)));
        }
    }

    // SPEC §5.2: suggest only active tags, and only where the tag would raise no error of its own.
    private static void Suggest(
        TagRegistry registry,
        CourseEvidence evidence,
        CourseUnderCheck course,
        PrefixedTitle title,
        List<(string Typed, TagDefinition? Tag)> declared,
        bool organiserWaived,
        ICollection<CheckResult> results)
    {
        var draft = course.Draft;
        for (var i = 0; i < registry.All.Count; i++)
        {
            var tag = registry.All[i];
            if (!evidence.IsStrong(i)
                || tag.Status != TagStatus.Active
                || (draft.StartDate != default && !tag.IsActiveOn(draft.StartDate))
                || declared.Any(d => ReferenceEquals(d.Tag, tag))
                || title.TagPrefixes.Contains(tag.Name)
                || !tag.Evidence.AudienceFits(draft.Audience ?? [])
                || (!organiserWaived && !tag.Evidence.OrganiserFits(course.Context.OrganiserType)))
            {
                continue;
            }

            results.Add(TagFindings.Suggested(tag, evidence.Describe(i)));
        }
    }
}

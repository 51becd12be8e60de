using Microsoft.Extensions.Localization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;

namespace RegionalConsole.Features.Reviews;

/// <summary>One field that differs between two versions; prose and lists carry a text diff.</summary>
/// <param name="Field">The field's UI text key.</param>
/// <param name="ByLine">The pieces are whole lines (a schedule), not runs of characters (prose).</param>
public sealed record FieldChange(string Field, string Before, string After, IReadOnlyList<DiffPiece>? Pieces = null, bool ByLine = false);

/// <summary>
/// What changed between two versions of a course, field by field (第11條第8款: a change after a decision is a new
/// submission, and the reviewer sees what changed; SPEC §3). Only changed fields are listed.
/// </summary>
public static class VersionComparison
{
    /// <summary>The longest outline the API accepts (SPEC §13.3: 4,000 characters).</summary>
    public const int DiffLimit = 4_000;

    public static IReadOnlyList<FieldChange> Compare(CourseVersion before, CourseVersion after, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        void Plain(string field, string a, string b)
        {
            if (a != b)
            {
                changes.Add(new FieldChange(field, a, b));
            }
        }

        void Prose(string field, string? a, string? b)
        {
            if ((a ?? "") != (b ?? ""))
            {
                // A character diff costs the product of the lengths: texts stored before the input bounds (SPEC §13.3)
                // are compared over their first DiffLimit characters, which holds every text the API accepts today.
                var (x, y) = (TextExcerpt.Of(a, DiffLimit).Text, TextExcerpt.Of(b, DiffLimit).Text);
                changes.Add(new FieldChange(field, x, y, TextDiff.Characters(x, y)));
            }
        }

        void Lines(string field, IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            if (!a.SequenceEqual(b, StringComparer.Ordinal))
            {
                changes.Add(new FieldChange(field, string.Join('\n', a), string.Join('\n', b), TextDiff.Lines(a, b), ByLine: true));
            }
        }

        Prose("FieldTitle", before.Title, after.Title);
        Plain("FieldTags", L.List(before.Tags), L.List(after.Tags));
        Plain("FieldDates", CourseText.Dates(before), CourseText.Dates(after));
        Plain("FieldDeclaredHours", CourseText.Hours(before.DeclaredHours), CourseText.Hours(after.DeclaredHours));
        Plain("FieldCreditableMinutes", CourseText.Minutes(before.CreditableMinutes), CourseText.Minutes(after.CreditableMinutes));
        Plain("FieldJudgementMinutes", CourseText.Minutes(before.JudgementMinutes), CourseText.Minutes(after.JudgementMinutes));
        Plain("FieldDelivery", CourseText.Delivery(before, L), CourseText.Delivery(after, L));
        Plain("FieldAudience", CourseText.Audience(before, L), CourseText.Audience(after, L));
        Plain("FieldApprovalDocNo", before.ApprovalDocNo ?? "", after.ApprovalDocNo ?? "");
        Prose("FieldOutline", before.Outline, after.Outline);
        Lines("FieldSchedule", Schedule(before), Schedule(after));
        Lines("FieldChecks", Checks(before), Checks(after));
        return changes;
    }

    private static List<string> Schedule(CourseVersion version) =>
        [.. version.Segments.OrderBy(s => s.Index).Select(CourseText.SegmentLine)];

    private static List<string> Checks(CourseVersion version) =>
        [.. version.Checks.Select(c => $"{c.Code} {c.Evidence}".TrimEnd()).Order(StringComparer.Ordinal)];
}

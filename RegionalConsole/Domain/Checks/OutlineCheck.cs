using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Checks;

/// <summary>
/// OUTLINE_MISSING / OUTLINE_WEAK: the 課程內容大綱 briefly states the purpose or related information
/// (管理規定第8條第1款; SPEC §5.1).
/// </summary>
/// <remarks>
/// Thresholds: fewer than <see cref="MinimumLength"/> letters or digits is too short — one plain sentence of purpose
/// (「旨在提升教師差異化教學設計能力」) has 15, while 「如附件」「國際教育講座」 do not; and an outline naming none of
/// <see cref="PurposeWords"/> states no purpose. Either makes a warning, since the centre may still accept it.
/// </remarks>
public sealed class OutlineCheck : ICourseCheck
{
    public const int MinimumLength = 15;

    private const int QuotedLength = 80;

    public static IReadOnlyList<string> PurposeWords { get; } =
    [
        "旨在", "目的", "目標", "宗旨", "為了", "期能", "期望", "希望", "提升", "增進", "培養", "協助", "使教師", "讓教師",
        "幫助", "強化", "精進", "促進", "增能", "深化", "建立", "發展", "引導", "了解", "瞭解", "認識", "探討", "習得", "掌握",
        "aim", "aims", "purpose", "goal", "goals", "objective", "objectives", "improve", "enhance", "develop", "foster", "help",
    ];

    private static readonly TermMatcher Purpose = new(PurposeWords.Select(w => (w, 0, 0)));

    public void Check(CourseUnderCheck course, ICollection<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(results);
        var outline = course.Draft.Outline;
        if (string.IsNullOrWhiteSpace(outline))
        {
            results.Add(new(CheckCodes.OutlineMissing, CheckSeverity.Error, "未填課程內容大綱。", CheckRules.TitleAndOutline, null));
            return;
        }

        var length = 0;
        foreach (var c in outline)
        {
            length += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        var hits = default(TermHits);
        Purpose.Scan(outline, ref hits);
        var tooShort = length < MinimumLength;
        var noPurpose = hits[0] is null;
        if (!tooShort && !noPurpose)
        {
            return;
        }

        var message = (tooShort, noPurpose) switch
        {
            (true, true) => $"課程內容大綱過短（{length} 字，建議至少 {MinimumLength} 字），且未說明研習目的（如：旨在、提升、培養）。",
            (true, false) => $"課程內容大綱過短（{length} 字，建議至少 {MinimumLength} 字），請簡要說明研習目的或相關資訊。",
            _ => "課程內容大綱未說明研習目的（如：旨在、提升、培養），請審查人員判斷。",
        };
        var quoted = outline.Trim();
        results.Add(new(
            CheckCodes.OutlineWeak,
            CheckSeverity.Warning,
            message,
            CheckRules.TitleAndOutline,
            quoted.Length <= QuotedLength ? quoted : string.Concat(quoted.AsSpan(0, QuotedLength), "…")));
    }
}

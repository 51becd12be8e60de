using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Domain.Review;

/// <summary>
/// The SLA clock of one submission of a course or roster (管理規定第11條第8款; SPEC §4). Immutable: each
/// transition returns a new clock and an illegal one throws.
/// </summary>
/// <remarks>
/// <para>A submission starts a clock. Any reviewer action that hands the item back — a decision, or 退回修正 —
/// stops it, and a stopped clock is only ever met or breached, never overdue or due soon: a returned item
/// waits on the organiser, not the reviewer.</para>
/// <para>A resubmission, or a change after a decision (「審核完畢後修改課程或名單內容視同新增課程辦理」,
/// 第11條第8款), is a new submission: <see cref="Restart"/> starts a fresh clock from its own instant and
/// the earlier one stays in history as it was.</para>
/// <para>Instants are UTC <see cref="DateTime"/> values (Kind Utc, or Unspecified as read from the
/// database); dates are Asia/Taipei calendar dates.</para>
/// </remarks>
public sealed class ReviewClock
{
    private readonly WorkingCalendar calendar;

    private ReviewClock(WorkingCalendar calendar, DateTime submittedUtc, string? countyCode, IReadOnlyList<DateOnly> workingDays, DateTime? stoppedUtc)
    {
        this.calendar = calendar;
        SubmittedUtc = submittedUtc;
        CountyCode = countyCode;
        WorkingDays = workingDays;
        StoppedUtc = stoppedUtc;
    }

    public DateTime SubmittedUtc { get; }

    /// <summary>The Taipei calendar date of submission; working day 1 is the first working day after it.</summary>
    public DateOnly SubmittedDate => SubmissionDate(SubmittedUtc);

    /// <summary>The county whose closures count for the reviewing centre; null for NATIONAL and K12EA.</summary>
    public string? CountyCode { get; }

    /// <summary>The three working days of the review; the last is the due date.</summary>
    public IReadOnlyList<DateOnly> WorkingDays { get; }

    public DateOnly DueDate => WorkingDays[^1];

    /// <summary>When a reviewer decided or returned the item; null while the clock runs.</summary>
    public DateTime? StoppedUtc { get; }

    public bool IsRunning => StoppedUtc is null;

    /// <summary>Working days from submission to decision (SPEC §4 reports: median working days to decision).</summary>
    public int? WorkingDaysToDecision =>
        StoppedUtc is { } stopped ? calendar.WorkingDaysBetween(SubmittedDate, SubmissionDate(stopped), CountyCode) : null;

    /// <summary>Starts the clock of a submission (or resubmission) made at <paramref name="submittedUtc"/>.</summary>
    public static ReviewClock Start(DateTime submittedUtc, WorkingCalendar calendar, string? countyCode = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        RequireUtc(submittedUtc, nameof(submittedUtc));
        var days = calendar.ReviewWorkingDays(SubmissionDate(submittedUtc), countyCode);
        return new ReviewClock(calendar, submittedUtc, countyCode, days, stoppedUtc: null);
    }

    /// <summary>A reviewer decided or returned the item: the clock stops for good.</summary>
    public ReviewClock Stop(DateTime decidedUtc)
    {
        RequireUtc(decidedUtc, nameof(decidedUtc));
        if (!IsRunning)
        {
            throw new InvalidOperationException("此送審的審核時鐘已停止；再次送審須重新起算");
        }

        if (decidedUtc < SubmittedUtc)
        {
            throw new ArgumentOutOfRangeException(nameof(decidedUtc), decidedUtc, "審結時間早於送審時間");
        }

        return new ReviewClock(calendar, SubmittedUtc, CountyCode, WorkingDays, decidedUtc);
    }

    /// <summary>The organiser resubmitted (or modified after a decision): a new clock, from the new instant.</summary>
    public ReviewClock Restart(DateTime resubmittedUtc)
    {
        RequireUtc(resubmittedUtc, nameof(resubmittedUtc));
        if (StoppedUtc is not { } stopped)
        {
            throw new InvalidOperationException("審核時鐘仍在計時；須先審結或退回，才能重新送審");
        }

        if (resubmittedUtc < stopped)
        {
            throw new ArgumentOutOfRangeException(nameof(resubmittedUtc), resubmittedUtc, "重新送審時間早於審結時間");
        }

        return Start(resubmittedUtc, calendar, CountyCode);
    }

    public SlaState State(DateOnly today) => StateOf(DueDate, StoppedUtc, today, calendar, CountyCode);

    public SlaState State(TimeProvider time) => State(TaipeiToday(time));

    /// <summary>See <see cref="WorkingCalendar.WorkingDaysLeft"/>: 0 on the due date, negative when overdue.</summary>
    public int WorkingDaysLeft(DateOnly today) => calendar.WorkingDaysLeft(today, DueDate, CountyCode);

    public bool IsUrgentFor(DateOnly courseStart) => IsUrgent(courseStart, DueDate);

    /// <summary>The Taipei calendar date of an instant: 2026-11-24T16:00Z is already 2026-11-25 there (SPEC §4).</summary>
    public static DateOnly SubmissionDate(DateTime utc)
    {
        RequireUtc(utc, nameof(utc));
        return RocDate.TaipeiDate(utc);
    }

    public static DateOnly TaipeiToday(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return RocDate.TaipeiDate(time.GetUtcNow());
    }

    /// <summary>
    /// The SLA state of an item as stored (due date and decision instant), for queues read from the
    /// database. Met or breached compares the Taipei date of the decision with the due date, since the item
    /// is due by the end of working day 3; due soon is due today or on the next working day.
    /// </summary>
    public static SlaState StateOf(DateOnly dueDate, DateTime? decidedUtc, DateOnly today, WorkingCalendar calendar, string? countyCode = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (decidedUtc is { } decided)
        {
            return SubmissionDate(decided) <= dueDate ? SlaState.Met : SlaState.Breached;
        }

        if (today > dueDate)
        {
            return SlaState.Overdue;
        }

        return calendar.WorkingDaysLeft(today, dueDate, countyCode) <= 1 ? SlaState.DueSoon : SlaState.OnTrack;
    }

    /// <summary>A course that starts on or before its review due date needs the decision before enrolment (SPEC §4).</summary>
    public static bool IsUrgent(DateOnly courseStart, DateOnly dueDate) => QueuePlace.ForCourse(dueDate, courseStart).IsUrgent;

    private static void RequireUtc(DateTime instant, string name)
    {
        // A Local DateTime would be silently read as UTC and land on the wrong Taipei date.
        if (instant.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("時間須為 UTC", name);
        }
    }
}

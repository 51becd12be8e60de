using RegionalConsole.Domain;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Data.Entities;

/// <summary>A course (研習課程) as the network knows it; its content lives in versions.</summary>
public class Course
{
    public int Id { get; set; }

    /// <summary>The network's course number, e.g. 1150012345 (ROC year + serial).</summary>
    public required string CourseNo { get; set; }

    public string? ExternalId { get; set; }
    public required string OrganiserCode { get; set; }
    public Institution? Organiser { get; set; }
    public required string CentreCode { get; set; }
    public CourseStatus Status { get; set; }
    public int CurrentVersionNo { get; set; }

    /// <summary>Denormalised from the current version so queues and statistics filter without joins.</summary>
    public required string Title { get; set; }

    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>How many teachers are enrolled, as the organiser's system reports it (SPEC §13.2).</summary>
    public int EnrolledCount { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The course's own contact (研習承辦人), who receives the mails about it; else the organiser's address.</summary>
    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public List<CourseVersion> Versions { get; set; } = [];

    /// <summary>A course as its organiser submits it (SPEC §3 step 1): pending review, with its first version.</summary>
    public static Course Submit(string organiserCode, string centreCode, string? externalId, CourseVersion first, DateTime submittedUtc)
    {
        ArgumentNullException.ThrowIfNull(first);
        first.VersionNo = 1;
        return new Course
        {
            CourseNo = TemporaryNumber(),
            ExternalId = externalId,
            OrganiserCode = organiserCode,
            CentreCode = centreCode,
            Status = CourseStatus.PendingReview,
            CurrentVersionNo = 1,
            Title = first.Title,
            StartDate = first.StartDate,
            EndDate = first.EndDate,
            CreatedAt = submittedUtc,
            Versions = [first],
        };
    }

    /// <summary>
    /// A new version (第11條第8款: a change after a decision counts as a new submission): the course goes back to review.
    /// Refused on a cancelled course, and for a postponement — new dates or schedule of an approved course with
    /// enrolled teachers — without the reason and notice of <paramref name="change"/> (SPEC §13.2).
    /// </summary>
    /// <param name="current">The version now current, with its segments.</param>
    public ModificationRefusal Modify(CourseVersion current, CourseVersion next, CancellationRequest? change)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        var refusal = Postponement.RefusalFor(Status, EnrolledCount, current.Timing(), next.Timing(), change);
        if (refusal.Refused)
        {
            return refusal;
        }

        next.CourseId = Id;
        next.VersionNo = CurrentVersionNo + 1;
        CurrentVersionNo = next.VersionNo;
        Title = next.Title;
        StartDate = next.StartDate;
        EndDate = next.EndDate;
        Status = CourseStatus.PendingReview;
        return refusal;
    }

    /// <summary>The course's own contact as its latest submission gives it; none leaves the organiser's address to be used.</summary>
    public void TakeContact(CourseContact? contact)
    {
        ContactName = contact?.Name;
        ContactEmail = contact?.Email;
        ContactPhone = contact?.Phone;
    }

    /// <summary>The course review ended with <paramref name="outcome"/> (SPEC §3 step 2).</summary>
    public void Decide(ReviewOutcome outcome) => Status = CourseLifecycle.StatusAfter(Status, outcome);

    /// <summary>
    /// Takes the course off (SPEC §5.5): refused without notice to enrolled teachers, or when already cancelled. The
    /// cancellation keeps the status it ends, which a returned cancellation restores.
    /// </summary>
    public (Cancellation? Cancellation, CancellationRefusal Refusal) Cancel(CancellationRequest request, DateTime submittedUtc, string? submittedBy)
    {
        ArgumentNullException.ThrowIfNull(request);
        var refusal = request.RefusalFor(EnrolledCount, Status == CourseStatus.Cancelled);
        if (refusal.Refused)
        {
            return (null, refusal);
        }

        var cancellation = new Cancellation
        {
            CourseId = Id,
            ReasonCategory = request.Category.ToString(),
            Reason = request.Reason,
            NotificationChannel = request.Notice?.Channel?.ToString(),
            NotifiedAt = request.Notice?.SentAtUtc,
            Recipients = request.Notice?.Recipients,
            EnrolledCount = EnrolledCount,
            StatusBefore = Status,
            SubmittedAt = submittedUtc,
            SubmittedDate = RocDate.TaipeiDate(submittedUtc),
            SubmittedBy = submittedBy,
        };
        Status = CourseStatus.Cancelled;
        return (cancellation, refusal);
    }

    /// <summary>The reviewer returned the cancellation: the course is back where it was (SPEC §13.2).</summary>
    public CourseRefusal RestoreAfterReturnedCancellation(Cancellation cancellation)
    {
        ArgumentNullException.ThrowIfNull(cancellation);
        var refusal = CourseLifecycle.RefusalToRestore(Status);
        if (refusal == CourseRefusal.None)
        {
            Status = cancellation.StatusBefore;
        }

        return refusal;
    }

    /// <summary>The roster of an approved, held course (SPEC §3 step 3); a roster sent again is a new roster.</summary>
    /// <param name="rostersBefore">How many rosters the course had: this one is the next.</param>
    public (Roster? Roster, CourseRefusal Refusal) TakeRoster(IReadOnlyList<(string NationalId, decimal Hours)> attendees, int rostersBefore,
        DateTime submittedUtc)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        var refusal = CourseLifecycle.RefusalToTakeRoster(Status);
        if (refusal != CourseRefusal.None)
        {
            return (null, refusal);
        }

        return (new Roster
        {
            CourseId = Id,
            VersionNo = rostersBefore + 1,
            SubmittedAt = submittedUtc,
            Attendees = [.. attendees.Select((a, i) => new RosterAttendee { NationalId = a.NationalId, Hours = a.Hours, Index = i })],
        }, refusal);
    }

    /// <summary>
    /// 核發時數 (SPEC §3 step 4): one study record per attendee of the approved roster, issued now. A returned roster
    /// issues nothing; a roster sent again is a new roster whose approval issues its own records.
    /// </summary>
    public IEnumerable<StudyRecord> IssueHours(int rosterId, IEnumerable<RosterAttendee> attendees, string organiserCounty, DateTime issuedUtc)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        var issuedDate = RocDate.TaipeiDate(issuedUtc);
        return attendees.Select(a => new StudyRecord
        {
            NationalId = a.NationalId,
            CourseId = Id,
            RosterId = rosterId,
            Hours = a.Hours,
            CentreCode = CentreCode,
            CountyCode = organiserCounty,
            IssuedAt = issuedUtc,
            IssuedDate = issuedDate,
        });
    }

    /// <summary>A placeholder number, unique until the course has its id and <see cref="AssignNumber"/> runs.</summary>
    public static string TemporaryNumber() => "tmp" + Guid.NewGuid().ToString("N")[..17];

    /// <summary>課程編號: the ROC year of submission and the course's serial, unique by construction.</summary>
    public void AssignNumber() => CourseNo = string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{Domain.RocDate.Year(Domain.RocDate.TaipeiDate(CreatedAt))}{Id:D7}");
}

/// <summary>A teacher enrolled in an approved course, when the organiser's system sends the list (SPEC §13.2).</summary>
public class EnrolledTeacher
{
    public int CourseId { get; set; }
    public required string NationalId { get; set; }
}

namespace RegionalConsole.Data.Entities;

/// <summary>
/// Hours issued (核發時數) to one teacher for one course when its roster is approved (SPEC §3 step 4); the teacher's
/// study record. Statistics, teacher records and the preschool exchange count these rows, never roster attendees.
/// </summary>
public class StudyRecord
{
    public long Id { get; set; }
    public required string NationalId { get; set; }
    public int CourseId { get; set; }
    public int RosterId { get; set; }
    public decimal Hours { get; set; }

    /// <summary>Denormalised from the course so statistics filter without joins.</summary>
    public required string CentreCode { get; set; }

    /// <summary>The organiser's county (內政部 code), for hours issued per county.</summary>
    public required string CountyCode { get; set; }

    public DateTime IssuedAt { get; set; }

    /// <summary>The Taipei date of <see cref="IssuedAt"/>.</summary>
    public DateOnly IssuedDate { get; set; }
}

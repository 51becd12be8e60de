using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data.Entities;

/// <summary>A reviewer's confirm, remove or add of one tag of a course version (SPEC §5.2); one per version and tag.</summary>
public class TagReview
{
    public int Id { get; set; }
    public int CourseVersionId { get; set; }

    /// <summary>The registry's name of the tag (not its label), or the tag as declared when the registry does not know it.</summary>
    public required string TagName { get; set; }

    public TagReviewState State { get; set; }

    /// <summary>Why a declared tag was removed (required then); a note otherwise.</summary>
    public string? Reason { get; set; }

    public int ReviewerId { get; set; }
    public DateTime At { get; set; }
}

namespace RegionalConsole.Domain.Courses;

/// <summary>
/// A course's own contact (研習承辦人, SPEC §13.2): who receives the mails about the course. Absent, the organiser's
/// address receives them.
/// </summary>
public sealed record CourseContact(string? Name, string? Email, string? Phone)
{
    public const int MaxNameLength = 120;
    public const int MaxPhoneLength = 40;

    /// <summary>A contact with nothing in it is no contact.</summary>
    public bool IsEmpty => Name is null && Email is null && Phone is null;

    /// <summary>
    /// The recipient of a mail about a course: the course's contact e-mail when it has one, else the organiser's
    /// address; null when neither is known (the mail is then not sent).
    /// </summary>
    public static string? MailRecipient(string? courseContactEmail, string? organiserContactEmail) =>
        !string.IsNullOrWhiteSpace(courseContactEmail) ? courseContactEmail.Trim()
        : !string.IsNullOrWhiteSpace(organiserContactEmail) ? organiserContactEmail.Trim()
        : null;
}

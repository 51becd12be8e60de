using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Mail;

/// <summary>
/// Tells the course's contact (研習承辦人; else the organiser's address, <see cref="CourseContact.MailRecipient"/>) that a
/// course or roster was returned or rejected, or how a cancellation was reviewed, with the reviewer's reasons; the deciding
/// reviewer gets a copy unless they opted out. Added to the decision's own context.
/// </summary>
public sealed class DecisionMail(MailOutbox outbox, ILogger<DecisionMail> logger)
{
    /// <summary>
    /// Returns and rejections of courses and rosters; and every reviewed cancellation (SPEC §13.2): a returned one put the
    /// course back as it was, which the organiser must hear of.
    /// </summary>
    public static bool Notifies(ReviewKind kind, ReviewOutcome outcome) => kind switch
    {
        ReviewKind.Cancellation => outcome is ReviewOutcome.Approved or ReviewOutcome.Returned or ReviewOutcome.Rejected,
        _ => outcome is ReviewOutcome.Returned or ReviewOutcome.Rejected,
    };

    public async Task AddAsync(ConsoleDbContext db, ReviewItem item, Course course, ReviewOutcome outcome, string? reason,
        ConsoleUser decidedBy, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(decidedBy);
        if (!Notifies(item.Kind, outcome))
        {
            return;
        }

        var organiser = await db.Institutions.Where(i => i.Code == course.OrganiserCode)
            .Select(i => new { i.Name, i.ContactEmail }).SingleOrDefaultAsync(ct);
        var centreName = await db.Centres.Where(c => c.Code == item.CentreCode).Select(c => c.Name).SingleOrDefaultAsync(ct) ?? item.CentreCode;
        var subject = MailTemplates.DecisionSubject(item.Kind, course.CourseNo, outcome);
        var body = MailTemplates.DecisionBody(organiser?.Name ?? item.OrganiserName, item.Kind, course.CourseNo, course.Title, outcome,
            reason, centreName, now);
        var key = string.Create(CultureInfo.InvariantCulture, $"decision:{item.Id}:{item.Revision:N}");
        if (CourseContact.MailRecipient(course.ContactEmail, organiser?.ContactEmail) is not { } recipient)
        {
            logger.LogWarning("Neither course {CourseNo} nor its organiser {Organiser} has a contact e-mail: the {Outcome} notice is not mailed.",
                course.CourseNo, course.OrganiserCode, outcome);
        }
        else
        {
            outbox.Add(db, MailTemplates.DecisionKind, recipient, subject, body, now, key);
        }

        var (copyTo, preferences) = await MailOutbox.RecipientAsync(db, decidedBy.AccountId, ct);
        if (copyTo is not null && preferences.ReceiveDecisionCopies)
        {
            outbox.Add(db, MailTemplates.DecisionCopyKind, copyTo, MailTemplates.DecisionCopySubject(subject), body, now, key + ":copy");
        }
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Mail;
using RegionalConsole.Features.Calendar;

namespace RegionalConsole.Features.Mail;

/// <summary>
/// The reviewers' daily digest: on a working day after the Taipei morning hour, one mail per reviewer who has not
/// opted out, listing their centre's overdue and due-soon items. A digest is keyed by day and account, so restarts
/// and several nodes enqueue it once.
/// </summary>
public sealed class DigestService(IDbContextFactory<ConsoleDbContext> contexts, CalendarService calendars, MailOutbox outbox,
    MailOptions options, ILogger<DigestService> logger)
{
    /// <summary>Enqueues the digests due at <paramref name="utcNow"/>; answers how many were enqueued.</summary>
    public async Task<int> EnqueueDueAsync(DateTime utcNow, CancellationToken ct = default)
    {
        WorkingCalendar calendar;
        try
        {
            calendar = await calendars.GetAsync(ct);
        }
        catch (CalendarNotLoadedException ex)
        {
            logger.LogWarning("No digest: {Reason}", ex.Message);
            return 0;
        }

        if (options.Digest.DueDay(utcNow, calendar) is not { } today)
        {
            return 0;
        }

        var dueSoonLimit = DigestSchedule.DueSoonLimit(today, calendar);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var prefix = "digest:" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ":";
        var done = await db.Outbox.Where(m => m.DedupKey != null && m.DedupKey.StartsWith(prefix)).Select(m => m.DedupKey!).ToListAsync(ct);
        var reviewers = await db.Accounts
            .Where(a => a.Enabled && a.Role == ConsoleRole.Reviewer && a.CentreCode != null)
            .Select(a => new { a.Id, a.DisplayName, a.Email, Centre = a.CentreCode!, Preferences = db.AccountPreferences.FirstOrDefault(p => p.AccountId == a.Id) })
            .ToListAsync(ct);
        var pending = reviewers.Where(r => r.Preferences?.ReceiveDigest ?? true)
            .Where(r => !done.Contains(prefix + r.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        if (pending.Count == 0)
        {
            return 0;
        }

        var centres = pending.Select(r => r.Centre).Distinct().ToList();
        var centreNames = await db.Centres.Where(c => centres.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var items = await db.ReviewItems
            .Where(i => i.Outcome == null && i.DueDate <= dueSoonLimit && centres.Contains(i.CentreCode))
            .OrderBy(i => i.DueDate).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.CentreCode,
                Line = new DigestLine(i.Id, i.Kind, i.Course!.CourseNo, i.Title, i.OrganiserName, i.DueDate,
                    i.Assignee == null ? null : i.Assignee.DisplayName),
            })
            .ToListAsync(ct);
        var byCentre = items.ToLookup(i => i.CentreCode, i => i.Line);
        var enqueued = 0;
        foreach (var reviewer in pending)
        {
            var lines = byCentre[reviewer.Centre].ToList();
            var email = string.IsNullOrWhiteSpace(reviewer.Preferences?.ContactEmail) ? reviewer.Email : reviewer.Preferences.ContactEmail;
            if (lines.Count == 0 || string.IsNullOrWhiteSpace(email))
            {
                continue; // nothing due: no mail rather than an empty digest
            }

            var overdue = lines.Where(l => l.DueDate < today).ToList();
            var dueSoon = lines.Where(l => l.DueDate >= today).ToList();
            outbox.Add(db, MailTemplates.DigestKind, email,
                MailTemplates.DigestSubject(today, overdue.Count, dueSoon.Count),
                MailTemplates.DigestBody(reviewer.DisplayName, centreNames.GetValueOrDefault(reviewer.Centre, reviewer.Centre), today, overdue, dueSoon, options.ConsoleUrl),
                utcNow, prefix + reviewer.Id.ToString(CultureInfo.InvariantCulture));
            enqueued++;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node enqueued today's digests first (the unique key refused ours): theirs stand.
            return 0;
        }

        if (enqueued > 0)
        {
            outbox.Wake();
        }

        return enqueued;
    }
}

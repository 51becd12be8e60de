using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Features.Exports;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Exports;

/// <summary>
/// The roster export and the cancellation register join each row's review item, teacher, school and study record
/// (issue #18) where they used to look each one up per row: every value equals the one the plain lookup of the
/// same row finds, on the whole demo set (open, decided and returned rosters, teachers with and without a school,
/// attendees with and without hours issued, cancellations checked and not).
/// </summary>
public sealed class JoinedExportValuesTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task EachAttendeesDecisionSchoolAndHoursIssuedAreThoseTheRowsOwnRosterReviewTeacherAndRecordHold()
    {
        var admin = await ReviewScenario.UserAsync(app, "admin");
        await using var services = app.Services.CreateAsyncScope();
        var scope = await services.ServiceProvider.GetRequiredService<StatisticsService>().ScopeAsync(admin, new StatisticsFilter(115));
        var (items, records, teachers, schools) = await app.WithDbAsync(async db => (
            await db.ReviewItems.AsNoTracking().Where(i => i.RosterId != null).ToDictionaryAsync(i => i.RosterId!.Value),
            await db.StudyRecords.AsNoTracking().ToDictionaryAsync(s => (s.RosterId, s.NationalId)),
            await db.Teachers.AsNoTracking().ToDictionaryAsync(t => t.NationalId),
            await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Name)));
        var attendees = await app.WithDbAsync(db => (
            from c in db.Courses
            where c.StartDate >= scope.Filter.From && c.StartDate < scope.Filter.Until
            join r in db.Rosters on c.Id equals r.CourseId
            join a in db.RosterAttendees on r.Id equals a.RosterId
            orderby r.CourseId, r.Id, a.Id
            select new { RosterId = r.Id, a.NationalId }).ToListAsync());

        var rows = await services.ServiceProvider.GetRequiredService<RosterListExport>().RowsAsync(scope).ToListAsync();

        Assert.Equal(attendees.Select(a => a.NationalId), rows.Select(r => r.NationalId));
        var expected = attendees.Select(a =>
        {
            var teacher = teachers.GetValueOrDefault(a.NationalId);
            var school = teacher?.ServingInstitutionCode is { } code ? schools.GetValueOrDefault(code) : null;
            return (items.GetValueOrDefault(a.RosterId)?.Outcome, teacher?.Name, teacher is not null, teacher?.ServingInstitutionCode, school,
                records.GetValueOrDefault((a.RosterId, a.NationalId))?.Hours);
        });
        Assert.Equal(expected, rows.Select(r => (r.Outcome, r.TeacherName, r.TeacherKnown, r.ServingCode, r.ServingName, r.HoursIssued)));
        Assert.Contains(rows, r => r.Outcome is null);
        Assert.Contains(rows, r => r.HoursIssued is null);
        Assert.Contains(rows, r => r.HoursIssued is not null);
    }

    [Fact]
    public async Task EachCancellationInTheRegisterCarriesItsOwnReviewItemAndOutcomeOnce()
    {
        var admin = await ReviewScenario.UserAsync(app, "admin");
        var (cancellations, items) = await app.WithDbAsync(async db => (
            await db.Cancellations.AsNoTracking().Select(c => c.Id).ToListAsync(),
            await db.ReviewItems.AsNoTracking().Where(i => i.CancellationId != null).ToDictionaryAsync(i => i.CancellationId!.Value)));
        await using var services = app.Services.CreateAsyncScope();

        var rows = await services.ServiceProvider.GetRequiredService<CancellationRegister>().RowsAsync(admin, new CancellationFilter()).ToListAsync();

        Assert.Equal(cancellations.Order(), rows.Select(r => r.Id).Order());
        Assert.Equal(rows.Select(r => (items.GetValueOrDefault(r.Id)?.Id, items.GetValueOrDefault(r.Id)?.Outcome)),
            rows.Select(r => (r.ReviewItemId, r.ReviewOutcome)));
        Assert.Contains(rows, r => r.ReviewOutcome is null);
        Assert.Contains(rows, r => r.ReviewOutcome is not null);
    }
}

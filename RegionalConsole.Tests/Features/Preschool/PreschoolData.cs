using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Preschool;

/// <summary>Preschools, teachers and issued study records written straight to the database, as roster approval leaves them.</summary>
internal sealed class PreschoolData(ConsoleAppFactory app)
{
    private static int _serial;

    public static int Next() => Interlocked.Increment(ref _serial);

    public PreschoolExchangeService Exchange => app.Services.GetRequiredService<PreschoolExchangeService>();

    public Task<string> InstitutionAsync(string county, string name, InstitutionType type = InstitutionType.Preschool) => app.WithDbAsync(async db =>
    {
        var code = $"PS{county[..2]}{Next():D5}";
        db.Institutions.Add(new Institution { Code = code, Name = name, Type = type, CountyCode = county, CentreCode = county, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return code;
    });

    public Task<string> TeacherAsync(string? serving, string name = "王小明", bool? preschoolEducator = null) => app.WithDbAsync(async db =>
    {
        var id = $"Q2{Next():D8}";
        db.Teachers.Add(new Teacher
        {
            NationalId = id,
            Name = name,
            ServingInstitutionCode = serving,
            PreschoolEducator = preschoolEducator,
            UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return id;
    });

    /// <summary>
    /// An approved course by <paramref name="organiser"/> declaring <paramref name="tags"/> (confirmed unless listed in
    /// <paramref name="removed"/>), an approved roster, and one study record for <paramref name="teacher"/> issued at <paramref name="issuedAt"/>.
    /// </summary>
    public Task<StudyRecord> RecordAsync(string teacher, string organiser, DateTime issuedAt, string[] tags, string[]? removed = null,
        string title = "幼兒園繪本共讀與提問策略", DateOnly? start = null, DateOnly? end = null, decimal hours = 3,
        DeliveryMode delivery = DeliveryMode.InPerson) => app.WithDbAsync(async db =>
    {
        var first = start ?? RocDate.TaipeiDate(issuedAt).AddDays(-10);
        var version = new CourseVersion
        {
            VersionNo = 1,
            SubmittedAt = issuedAt.AddDays(-40),
            Title = title,
            Tags = [.. tags],
            DeliveryMode = delivery,
            StartDate = first,
            EndDate = end ?? first,
            DeclaredHours = hours,
            CreditableMinutes = (int)(hours * 60),
        };
        var institution = await db.Institutions.SingleAsync(i => i.Code == organiser);
        var course = new Course
        {
            CourseNo = Course.TemporaryNumber(),
            OrganiserCode = organiser,
            CentreCode = institution.CentreCode!,
            Status = CourseStatus.Approved,
            CurrentVersionNo = 1,
            Title = title,
            StartDate = version.StartDate,
            EndDate = version.EndDate,
            CreatedAt = version.SubmittedAt,
            Versions = [version],
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        course.AssignNumber();
        var reviewer = await db.Accounts.Where(a => a.Role == ConsoleRole.Administrator).Select(a => a.Id).FirstAsync();
        db.ReviewItems.Add(new ReviewItem
        {
            Kind = ReviewKind.Course,
            CentreCode = course.CentreCode,
            CourseId = course.Id,
            CourseVersionId = version.Id,
            SubmittedAt = version.SubmittedAt,
            Title = title,
            OrganiserName = institution.Name,
            Outcome = ReviewOutcome.Approved,
            DecidedAt = version.SubmittedAt.AddDays(2),
            DecidedById = reviewer,
        });
        db.TagReviews.AddRange(tags.Select(t => new TagReview
        {
            CourseVersionId = version.Id,
            TagName = TagRegistry.Default.Find(t)?.Name ?? t,
            ReviewerId = reviewer,
            At = version.SubmittedAt.AddDays(2),
            State = removed?.Contains(t) == true ? TagReviewState.Removed : TagReviewState.Confirmed,
            Reason = removed?.Contains(t) == true ? "與幼兒園教保無關。" : null,
        }));
        var roster = new Roster { CourseId = course.Id, VersionNo = 1, SubmittedAt = issuedAt.AddDays(-2), Attendees = [new RosterAttendee { NationalId = teacher, Hours = hours }] };
        db.Rosters.Add(roster);
        await db.SaveChangesAsync();
        var record = new StudyRecord
        {
            NationalId = teacher,
            CourseId = course.Id,
            RosterId = roster.Id,
            Hours = hours,
            CentreCode = course.CentreCode,
            CountyCode = institution.CountyCode,
            IssuedAt = issuedAt,
            IssuedDate = RocDate.TaipeiDate(issuedAt),
        };
        db.StudyRecords.Add(record);
        await db.SaveChangesAsync();
        return record;
    });

    public Task<string> CourseNoAsync(int courseId) => app.WithDbAsync(db => db.Courses.Where(c => c.Id == courseId).Select(c => c.CourseNo).SingleAsync());

    /// <summary>Waits (a few seconds at most) for the job to finish a run of <paramref name="period"/>.</summary>
    public async Task<ExchangeRun> SucceededRunAsync(string period)
    {
        for (var i = 0; i < 200; i++)
        {
            var run = await app.WithDbAsync(db => db.ExchangeRuns.AsNoTracking()
                .Where(r => r.Period == period && r.Status == ExchangeRunStatus.Succeeded).OrderBy(r => r.Id).FirstOrDefaultAsync());
            if (run is not null)
            {
                return run;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No successful exchange run of {period}.");
    }

    /// <summary>A key of the role ExchangePlatform, created through the API as an administrator would (SPEC §14.4).</summary>
    public async Task<HttpClient> ExchangePlatformAsync()
    {
        using var admin = app.CreateApiClient();
        var created = await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = $"全國教保資訊網 {Next()}", exchangePlatform = true });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return app.CreateApiClient((await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("key").GetString());
    }

    public Task<List<long>> SentAsync(int runId) =>
        app.WithDbAsync(db => db.ExchangeSentRecords.Where(s => s.RunId == runId).Select(s => s.StudyRecordId).OrderBy(x => x).ToListAsync());

    public static DateTime Taipei(int year, int month, int day, int hour = 10) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified), RocDate.Taipei);
}

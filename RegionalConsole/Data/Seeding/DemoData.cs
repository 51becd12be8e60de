using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// Fills an empty database with a realistic, deterministic demo set: every county and centre, institutions of
/// every type, accounts for each role (admin, supervisor-&lt;county|K12EA&gt;, reviewer-&lt;centre&gt;-&lt;n&gt;), teachers.
/// </summary>
public static class DemoData
{
    /// <summary>Fills the demo set; courses go through prepared inserts on SQLite and binary COPY on PostgreSQL.</summary>
    public static Task FillAsync(IDbContextFactory<ConsoleDbContext> factory, DemoOptions options, TimeProvider clock, CancellationToken ct) =>
        FillAsync(factory, options, clock, entityFrameworkOnly: false, ct);

    /// <param name="entityFrameworkOnly">Writes courses through EF SaveChanges (the bulk paths' reference).</param>
    internal static async Task FillAsync(IDbContextFactory<ConsoleDbContext> factory, DemoOptions options, TimeProvider clock,
        bool entityFrameworkOnly, CancellationToken ct)
    {
        var random = new Random(options.RandomSeed);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        await ReferenceData.EnsureAsync(db, ct);
        var rules = await db.JurisdictionRules.AsNoTracking()
            .Select(r => new JurisdictionRow(r.InstitutionType, r.CentreCode, r.Source)).ToListAsync(ct);
        var institutions = DemoInstitutions.Generate(random, options.Institutions, rules, now);
        db.Institutions.AddRange(institutions);
        db.Accounts.AddRange(DemoAccounts(await db.Centres.AsNoTracking().ToListAsync(ct)));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var schools = institutions.Where(i => i.Type is InstitutionType.MunicipalSchool or InstitutionType.Preschool
            or InstitutionType.NationalSeniorHigh or InstitutionType.K12Affiliated).Select(i => i.Code).ToArray();
        var teachers = DemoPeople.Teachers(random, options.Teachers, schools, now).ToList();
        db.Teachers.AddRange(teachers);
        var adminId = await db.Accounts.Where(a => a.UserName == "admin").Select(a => a.Id).SingleAsync(ct);
        db.Announcements.AddRange(DemoAnnouncements.Create(adminId, now));
        await db.SaveChangesAsync(ct);
        await DemoRulings.AddAsync(db, now, ct);
        await DemoReasonTemplates.AddAsync(db, now, ct);
        db.ChangeTracker.Clear();

        var reviewers = await db.Accounts.AsNoTracking().Where(a => a.Role == ConsoleRole.Reviewer && a.CentreCode != null)
            .GroupBy(a => a.CentreCode!).ToDictionaryAsync(g => g.Key, g => g.Select(a => a.Id).ToArray(), ct);
        var organisers = institutions.Where(i => i.CentreCode is not null).ToList();
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking()
            .Select(d => new Domain.Calendar.CalendarDay(d.Date, d.IsOff, d.Note)).ToListAsync(ct));
        var generator = new DemoCourses(random, calendar, now, organisers, reviewers, [.. teachers.Select(t => t.NationalId)]);
        await using (var store = entityFrameworkOnly ? new EntityDemoCourseStore(factory)
            : db.Database.IsSqlite() ? await SqliteBulkCourseStore.OpenAsync(db, ct)
            : (IDemoCourseStore)await PostgresBulkCourseStore.OpenAsync(db, ct))
        {
            await AddCoursesAsync(store, generator, organisers.ToDictionary(o => o.Code, o => o.Name), options.Courses, ct);
        }

        await DemoPreschool.AddAsync(factory, calendar, now, ct);
        // After the store has written everything: these read the generated courses back.
        await DemoFollowUps.AddAsync(db, calendar, now, ct);
    }

    // The batch size is part of the generated content (the random sequence interleaves courses and their lifecycles).
    private const int Batch = 1_000;

    private static async Task AddCoursesAsync(IDemoCourseStore store, DemoCourses generator,
        Dictionary<string, string> organiserNames, int count, CancellationToken ct)
    {
        for (var done = 0; done < count; done += Batch)
        {
            var courses = Enumerable.Range(0, Math.Min(Batch, count - done)).Select(_ => generator.Next()).ToList();
            await store.SaveAsync(courses, ct);

            var lifecycle = new List<object>();
            var rosters = new List<Roster>();
            foreach (var course in courses)
            {
                course.AssignNumber();
                foreach (var row in generator.Lifecycle(course, organiserNames[course.OrganiserCode]))
                {
                    lifecycle.Add(row);
                    if (row is Roster roster)
                    {
                        rosters.Add(roster);
                    }
                }
            }

            await store.SaveAsync(lifecycle, ct);
            var byId = courses.ToDictionary(c => c.Id);
            var rosterItems = rosters.Select(r => generator.RosterItem(r, byId[r.CourseId], organiserNames)).ToList();
            await store.SaveAsync(rosterItems, ct);
            await store.SaveAsync(rosters.Zip(rosterItems, (r, item) => generator.StudyRecords(r, item, byId[r.CourseId]))
                .SelectMany(records => records).ToList(), ct);
            await store.EndBatchAsync(ct);
        }
    }

    internal static IEnumerable<Account> DemoAccounts(IReadOnlyList<Centre> centres)
    {
        yield return new Account { UserName = "admin", DisplayName = "系統管理者", Role = ConsoleRole.Administrator, Email = "admin@example.edu.tw" };
        foreach (var scope in centres.Select(c => c.SupervisorScope).Distinct().Order(StringComparer.Ordinal))
        {
            var name = Counties.Names.TryGetValue(scope, out var county) ? $"{county}教育局督導" : "國教署督導";
            yield return new Account
            {
                UserName = $"supervisor-{scope}",
                DisplayName = name,
                Role = ConsoleRole.Supervisor,
                SupervisorScope = scope,
                Email = $"supervisor-{scope}@example.edu.tw",
            };
        }

        var given = new[] { "怡君", "志明", "淑芬", "冠宇" };
        var family = new[] { "陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭" };
        var k = 0;
        foreach (var centre in centres.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            for (var n = 1; n <= 2; n++, k++)
            {
                yield return new Account
                {
                    UserName = $"reviewer-{centre.Code}-{n}",
                    DisplayName = family[k % family.Length] + given[(k + n) % given.Length],
                    Role = ConsoleRole.Reviewer,
                    CentreCode = centre.Code,
                    Email = $"reviewer-{centre.Code}-{n}@example.edu.tw",
                };
            }
        }
    }
}

public static class DemoSeedCommand
{
    /// <summary>The `seed` verb: migrate, then fill demo data of the given size (an existing demo set is kept).</summary>
    public static async Task SeedDemoAsync(this IServiceProvider services, DemoOptions options)
    {
        // Not PrepareDatabaseAsync: in Development that would first fill the default demo size.
        await services.MigrateDatabaseAsync();
        var factory = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        if (await db.Accounts.AnyAsync())
        {
            Console.WriteLine("The database already holds data; seed an empty database (delete the SQLite file or use a new one).");
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await DemoData.FillAsync(factory, options, services.GetRequiredService<TimeProvider>(), CancellationToken.None);
        Console.WriteLine($"Seeded {options.Courses:N0} courses, {options.Institutions:N0} institutions, {options.Teachers:N0} teachers in {watch.Elapsed.TotalSeconds:N0} s.");
    }
}

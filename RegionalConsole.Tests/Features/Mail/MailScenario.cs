using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Mail;

internal static class MailScenario
{
    public const string OrganiserEmail = "contact@t63r01.example.edu.tw";

    /// <summary>The review scenario's organiser, with a contact address for notices.</summary>
    public static async Task EnsureOrganiserWithContactAsync(ConsoleAppFactory app)
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        await app.WithDbAsync(db => db.Institutions.Where(i => i.Code == ReviewScenario.Organiser)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ContactEmail, OrganiserEmail)));
    }

    public static Task<List<OutboxMessage>> OutboxForAsync(ConsoleAppFactory app, string courseNo) =>
        app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Subject.Contains(courseNo)).OrderBy(m => m.Id).ToListAsync());

    /// <summary>Waits (real time) until the outbox rows of a course satisfy <paramref name="done"/>.</summary>
    public static async Task<List<OutboxMessage>> WaitForOutboxAsync(ConsoleAppFactory app, string courseNo, Func<List<OutboxMessage>, bool> done, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var rows = await OutboxForAsync(app, courseNo);
            if (done(rows))
            {
                return rows;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The outbox of {courseNo} never reached the expected state.");
            }

            await Task.Delay(50);
        }
    }
}

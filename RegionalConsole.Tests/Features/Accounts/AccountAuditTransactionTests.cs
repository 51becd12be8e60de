using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Accounts;

/// <summary>An account change and its audit entry are stored together or not at all (SPEC §3: every change audited).</summary>
public sealed class AccountAuditTransactionTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task WhenTheAuditEntryCannotBeWrittenTheAccountIsNotStoredEither()
    {
        await RefuseAuditWritesAsync();
        var service = app.Services.CreateScope().ServiceProvider.GetRequiredService<AccountAdminService>();
        try
        {
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => service.SaveAsync(TestUsers.Administrator, new AccountForm
            {
                UserName = "unaudited",
                DisplayName = "無稽核",
                Email = "unaudited@example.edu.tw",
                CentreCode = "63000",
            }));
        }
        finally
        {
            await AllowAuditWritesAsync();
        }

        Assert.False(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == "unaudited")));
    }

    /// <summary>A trigger in the database refuses every new audit entry, as a full disk or a lost connection would.</summary>
    private Task RefuseAuditWritesAsync() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite()
        ? """CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" BEGIN SELECT RAISE(ABORT, 'audit refused'); END;"""
        : """
          CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END; $$ LANGUAGE plpgsql;
          CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_audit();
          """));

    private Task AllowAuditWritesAsync() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite()
        ? "DROP TRIGGER refuse_audit;"
        : """DROP TRIGGER refuse_audit ON "AuditLog"; DROP FUNCTION refuse_audit();"""));
}

using RegionalConsole.Auth;
using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Features.Calendar;

/// <summary>Signed-in people for calling feature services directly.</summary>
internal static class TestUsers
{
    public static ConsoleUser Administrator { get; } = new(1, "admin", "系統管理者", new AccessScope(ConsoleRole.Administrator, null, null));

    public static ConsoleUser Supervisor(string scope) => new(2, $"supervisor-{scope}", "督導", new AccessScope(ConsoleRole.Supervisor, null, scope));

    public static ConsoleUser Reviewer(string centre) => new(3, $"reviewer-{centre}-1", "審核人員", new AccessScope(ConsoleRole.Reviewer, centre, null));
}

namespace RegionalConsole.Domain.Preschool;

/// <summary>
/// When a run's file counts as received (SPEC §14.4): the exchange platform acknowledges it; a run not acknowledged
/// within three days is overdue and shown to administrators.
/// </summary>
public static class ExchangeAcknowledgement
{
    /// <summary>
    /// Three calendar days, not working days: §14.4 says "within 3 days" where §4 says working days for people's
    /// reviews, and the platform is a machine collecting on its own schedule, so a weekend is no reason to wait.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>The instant (UTC) after which an unacknowledged run finished at <paramref name="finishedAt"/> is overdue.</summary>
    public static DateTime DueAt(DateTime finishedAt) => finishedAt + Window;

    /// <summary>
    /// Whether administrators must hear about the run: not acknowledged and past <see cref="DueAt"/>. A later run that
    /// was acknowledged carried its records again (<see cref="ExchangeEligibility"/>), so the run then needs nobody.
    /// </summary>
    public static bool IsOverdue(DateTime finishedAt, DateTime? acknowledgedAt, bool laterRunAcknowledged, DateTime utcNow) =>
        acknowledgedAt is null && !laterRunAcknowledged && utcNow > DueAt(finishedAt);
}

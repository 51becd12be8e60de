namespace RegionalConsole.Data.Entities;

public enum ExchangeRunStatus
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// One run of the monthly preschool exchange (SPEC §7): which period, when, by whom, how many records and the file
/// it produced. The file is kept in the database so every node of a multi-node deployment serves the same download.
/// </summary>
public class ExchangeRun
{
    public const string Scheduled = "schedule";
    public const string CatchUp = "catch-up";

    public int Id { get; set; }

    /// <summary><see cref="Domain.Preschool.ExchangePeriod.Key"/>, e.g. 2026-11.</summary>
    public required string Period { get; set; }

    /// <summary>
    /// The period while the run goes on, null once it ends. Unique: a second run of the same period (another node,
    /// a second click) fails to insert cleanly instead of running alongside.
    /// </summary>
    public string? RunningPeriod { get; set; }

    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>Records issued up to this instant (the run's start) were eligible.</summary>
    public DateTime CutOff { get; set; }

    public int RecordCount { get; set; }
    public string? FileName { get; set; }
    public byte[]? FileContent { get; set; }
    public ExchangeRunStatus Status { get; set; }

    /// <summary><see cref="Scheduled"/>, <see cref="CatchUp"/>, or the user name of the administrator who ran it.</summary>
    public required string TriggeredBy { get; set; }

    public string? Error { get; set; }

    /// <summary>When the exchange platform acknowledged the file (SPEC §14.4); until then its records are not sent.</summary>
    public DateTime? AcknowledgedAt { get; set; }

    /// <summary>The API key (its client name) that acknowledged.</summary>
    public string? AcknowledgedBy { get; set; }
}

/// <summary>
/// A study record a run's file carried. It counts as sent only once the run is acknowledged (SPEC §14.4): until then
/// every later run carries it again, so a record may appear in several runs, once in each.
/// </summary>
public class ExchangeSentRecord
{
    public long Id { get; set; }
    public int RunId { get; set; }
    public long StudyRecordId { get; set; }
}

/// <summary>
/// An issued record of an exchange course that a run could not send, and why (SPEC §14.4), so administrators can have
/// the teacher's sync corrected. A run lists the records issued since the previous run's cut-off.
/// </summary>
public class ExchangeUnsentRecord
{
    public long Id { get; set; }
    public int RunId { get; set; }
    public long StudyRecordId { get; set; }
    public Domain.Preschool.ExchangeVerdict Reason { get; set; }
}

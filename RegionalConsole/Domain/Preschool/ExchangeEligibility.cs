namespace RegionalConsole.Domain.Preschool;

/// <summary>What a run does with one issued study record (SPEC §7, §14.4).</summary>
public enum ExchangeVerdict
{
    /// <summary>Goes into the run's file.</summary>
    Send,

    /// <summary>An acknowledged run already carried it: the platform has it.</summary>
    AlreadyDelivered,

    /// <summary>The course carries no confirmed exchange tag (<see cref="ExchangeTags"/>): not for the platform at all.</summary>
    NotAnExchangeCourse,

    /// <summary>The teacher was never synced: the console cannot tell who they are.</summary>
    TeacherUnknown,

    /// <summary>The sync says the teacher is not a preschool educator, or, without the flag, they serve at no preschool.</summary>
    NotPreschoolEducator,

    /// <summary>A preschool educator (by the sync's flag) who serves nowhere: the file needs the serving preschool.</summary>
    ServingNowhere,
}

/// <summary>The teacher as the daily sync left them.</summary>
/// <param name="PreschoolEducator">The sync's <c>preschoolEducator</c> flag; null when the partner did not say.</param>
/// <param name="ServingType">The serving institution's type; null when the teacher serves nowhere (無服務學校).</param>
public sealed record ExchangeTeacher(bool? PreschoolEducator, InstitutionType? ServingType);

/// <summary>
/// Which issued study records go into a run (SPEC §14.4): every record of a course with a confirmed exchange tag whose
/// teacher is a preschool educator, unless an acknowledged run carried it. A record of an unacknowledged run is not
/// sent yet, so every later run carries it again until the platform acknowledges one of them.
/// </summary>
public static class ExchangeEligibility
{
    public static ExchangeVerdict Judge(bool inAcknowledgedRun, IReadOnlyCollection<string> exchangeTags, ExchangeTeacher? teacher)
    {
        ArgumentNullException.ThrowIfNull(exchangeTags);
        if (inAcknowledgedRun)
        {
            return ExchangeVerdict.AlreadyDelivered;
        }

        if (exchangeTags.Count == 0)
        {
            return ExchangeVerdict.NotAnExchangeCourse;
        }

        return teacher switch
        {
            null => ExchangeVerdict.TeacherUnknown,
            // The flag decides when the sync gave it: staff of a 附設幼兒園 are synced under their school (SPEC §14.4).
            { PreschoolEducator: false } => ExchangeVerdict.NotPreschoolEducator,
            { PreschoolEducator: true, ServingType: null } => ExchangeVerdict.ServingNowhere,
            { PreschoolEducator: true } => ExchangeVerdict.Send,
            // Without the flag, only the serving institution's type tells.
            { ServingType: null } => ExchangeVerdict.ServingNowhere,
            { ServingType: InstitutionType.Preschool } => ExchangeVerdict.Send,
            _ => ExchangeVerdict.NotPreschoolEducator,
        };
    }

    /// <summary>The verdicts administrators are shown as records that could not be sent, with the reason.</summary>
    public static bool IsUnsendable(ExchangeVerdict verdict) =>
        verdict is ExchangeVerdict.TeacherUnknown or ExchangeVerdict.NotPreschoolEducator or ExchangeVerdict.ServingNowhere;
}

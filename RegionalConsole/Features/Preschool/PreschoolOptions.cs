using RegionalConsole.Domain.Preschool;

namespace RegionalConsole.Features.Preschool;

/// <summary>
/// Preschool:* settings (SPEC §7; defaults where the minutes are silent): Preschool:ExchangeHour (Taipei hour of the
/// 15th the monthly run starts, default 2), Preschool:StaleRunMinutes (a run still "running" after this long died with
/// its node and no longer blocks its period, default 60), and the make-up overlap thresholds Preschool:MakeUpDays,
/// Preschool:LongOnlineHours, Preschool:LongOnlineDays (<see cref="MakeUpOverlapRule"/>).
/// </summary>
public sealed record PreschoolOptions(int ExchangeHour, int StaleRunMinutes, MakeUpOverlapRule Overlap)
{
    public static PreschoolOptions From(IConfiguration config)
    {
        var section = config.GetSection("Preschool");
        var defaults = new MakeUpOverlapRule();
        var options = new PreschoolOptions(
            section.GetValue("ExchangeHour", 2),
            section.GetValue("StaleRunMinutes", 60),
            new MakeUpOverlapRule(
                section.GetValue("MakeUpDays", defaults.MakeUpDays),
                section.GetValue("LongOnlineHours", defaults.LongOnlineHours),
                section.GetValue("LongOnlineDays", defaults.LongOnlineDays)));
        if (options.ExchangeHour is < 0 or > 23)
        {
            throw new InvalidOperationException("Preschool:ExchangeHour must be an hour of the day, 0 to 23 (Asia/Taipei).");
        }

        if (options.StaleRunMinutes < 1 || options.Overlap.MakeUpDays < 0 || options.Overlap.LongOnlineHours <= 0 || options.Overlap.LongOnlineDays < 1)
        {
            throw new InvalidOperationException(
                "Preschool:StaleRunMinutes, Preschool:MakeUpDays, Preschool:LongOnlineHours and Preschool:LongOnlineDays must be positive.");
        }

        return options;
    }
}

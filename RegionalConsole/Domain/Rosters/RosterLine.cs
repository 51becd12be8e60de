namespace RegionalConsole.Domain.Rosters;

/// <summary>One attendee of a roster as the organiser sends it (研習教師名單).</summary>
public sealed record RosterLine(string? NationalId, decimal? Hours);

public enum RosterLineProblem
{
    Required,
    NationalIdInvalid,

    /// <summary>The teacher is listed before, at <see cref="RosterLineError.Value"/>.</summary>
    Repeated,
    HoursNotPositive,
    HoursOneDecimal,

    /// <summary><see cref="RosterLineError.Value"/> hours, more than the <see cref="RosterLineError.Limit"/> the course declared.</summary>
    HoursOverDeclared,
}

/// <summary>A problem with one field of one roster line; <see cref="Field"/> is the API's path, e.g. attendees[2].hours.</summary>
public sealed record RosterLineError(int Index, string Field, RosterLineProblem Problem, decimal? Value = null, decimal? Limit = null);

/// <summary>
/// The shape a roster must have before it is stored (SPEC §5.6, §10): valid national IDs, each teacher once, hours
/// above zero with at most one decimal place and no more than the course declared. Every bad line is named.
/// </summary>
public static class RosterValidation
{
    public static IReadOnlyList<RosterLineError> Validate(IReadOnlyList<RosterLine> lines, decimal declaredHours)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var errors = new List<RosterLineError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var id = Normalise(line.NationalId);
            if (id is null)
            {
                errors.Add(new RosterLineError(i, Path(i, "nationalId"), RosterLineProblem.Required));
            }
            else if (!NationalId.IsValid(id))
            {
                errors.Add(new RosterLineError(i, Path(i, "nationalId"), RosterLineProblem.NationalIdInvalid));
            }
            else if (seen.TryGetValue(id, out var first))
            {
                errors.Add(new RosterLineError(i, Path(i, "nationalId"), RosterLineProblem.Repeated, first));
            }
            else
            {
                seen[id] = i;
            }

            if (HoursProblem(line.Hours, declaredHours) is { } problem)
            {
                errors.Add(new RosterLineError(i, Path(i, "hours"), problem, line.Hours, declaredHours));
            }
        }

        return errors;
    }

    /// <summary>National IDs are compared and stored upper-case, without surrounding spaces.</summary>
    public static string? Normalise(string? nationalId) =>
        string.IsNullOrWhiteSpace(nationalId) ? null : nationalId.Trim().ToUpperInvariant();

    private static RosterLineProblem? HoursProblem(decimal? hours, decimal declaredHours) => hours switch
    {
        null => RosterLineProblem.Required,
        <= 0 => RosterLineProblem.HoursNotPositive,
        { } h when decimal.Round(h, 1) != h => RosterLineProblem.HoursOneDecimal,
        // More than the course declared cannot be issued: an input error, not a judgement (第10條第4款 concerns less).
        { } h when h > declaredHours => RosterLineProblem.HoursOverDeclared,
        _ => null,
    };

    private static string Path(int index, string field) => $"attendees[{index}].{field}";
}

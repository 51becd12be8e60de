namespace RegionalConsole.Domain.Rosters;

/// <summary>
/// Who sees national IDs (身分證統一編號) in full (SPEC §11: masked except where a role needs them). Administrators do:
/// they answer teachers' and organisers' enquiries about a record and correct the teacher sync, which needs the whole
/// number. Reviewers and supervisors judge a roster by the teacher's name, school and hours; a masked ID still tells
/// two attendees apart, so they see it masked.
/// </summary>
public static class NationalIdDisplay
{
    public static bool ShowsFull(ConsoleRole role) => role == ConsoleRole.Administrator;

    public static string For(ConsoleRole role, string nationalId)
    {
        ArgumentNullException.ThrowIfNull(nationalId);
        return ShowsFull(role) ? nationalId : NationalId.Mask(nationalId);
    }
}

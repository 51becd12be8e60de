namespace RegionalConsole.Features;

/// <summary>The result of an administrator's edit: done, or refused with a message naming what is wrong.</summary>
public sealed record AdminEditResult(bool Done, string? Error)
{
    public static AdminEditResult Ok { get; } = new(true, null);

    public static AdminEditResult Refused(string error) => new(false, error);
}

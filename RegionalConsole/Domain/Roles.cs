namespace RegionalConsole.Domain;

/// <summary>Console roles of SPEC §1. The string values are the role claim values.</summary>
public enum ConsoleRole
{
    Reviewer,
    Supervisor,
    Administrator,
}

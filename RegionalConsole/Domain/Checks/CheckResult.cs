namespace RegionalConsole.Domain.Checks;

/// <summary>An error needs the reviewer's explicit override with a written reason before approval (SPEC §5).</summary>
public enum CheckSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>
/// One finding about a course: its code (the API's <c>code</c>), a zh-TW message, the rule it applies, the words or
/// segments that triggered it, and for tag checks the tag it is about (SPEC §5, §10).
/// </summary>
public sealed record CheckResult(
    string Code,
    CheckSeverity Severity,
    string Message,
    string Rule,
    string? Evidence,
    string? Tag = null);

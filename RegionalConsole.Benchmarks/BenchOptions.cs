using System.Globalization;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// A verb's options (<c>--name value</c> and flags), parsed in one place for every measured run, with the database it
/// runs on: <c>--provider sqlite|postgres</c> and <c>--connection CONN</c> (a PostgreSQL server; RC_BENCH_POSTGRES, as
/// ./bench-postgres.sh sets it, when not given).
/// </summary>
internal sealed class BenchOptions(IReadOnlyList<string> args)
{
    public string? Text(string name) => args.ToList().IndexOf(name) is var at and >= 0 && at + 1 < args.Count ? args[at + 1] : null;

    public string Text(string name, string fallback) => Text(name) ?? fallback;

    public int Int(string name, int fallback) => Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => args.Contains(name);

    public BenchDatabase Database => BenchDatabase.From(Text("--provider"), Text("--connection"));
}

/// <summary>A SQLite file, or a PostgreSQL server on which a run makes (and drops) databases of its own.</summary>
internal sealed record BenchDatabase(string? PostgresServer)
{
    public const string ServerVariable = "RC_BENCH_POSTGRES";

    /// <summary>The port ./bench-postgres.sh starts its server on unless told otherwise.</summary>
    private const string DefaultServer = "Host=127.0.0.1;Port=55442;Username=postgres";

    public static readonly BenchDatabase Sqlite = new((string?)null);

    public bool IsPostgres => PostgresServer is not null;

    /// <summary>How the run's output names it.</summary>
    public string Name => IsPostgres ? "PostgreSQL" : "SQLite file";

    public static BenchDatabase From(string? provider, string? connection) => provider?.ToLowerInvariant() switch
    {
        null or "sqlite" => Sqlite,
        "postgres" or "postgresql" => new BenchDatabase(connection
            ?? (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : DefaultServer)),
        _ => throw new ArgumentException($"--provider {provider}: use sqlite or postgres."),
    };
}

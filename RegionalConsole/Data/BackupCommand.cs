using Microsoft.Data.Sqlite;

namespace RegionalConsole.Data;

/// <summary>
/// The <c>backup --to PATH</c> verb: a consistent copy of the live SQLite database, taken with SQLite's online backup
/// while the console keeps serving (readers and the writer go on; the copy is one moment of the database). PostgreSQL has
/// its own tools (README "Backups"). Exit code 0: copied and checked; 2: nothing written, and the message says why.
/// </summary>
public static class BackupCommand
{
    public const int Copied = 0;
    public const int Refused = 2;

    public const string Usage = "Usage: backup --to PATH   (a new file; the SQLite database is copied while the console runs)";

    public static Task<int> RunBackupCommandAsync(this IServiceProvider services, string[] args) =>
        RunAsync(services.GetRequiredService<DatabaseInfo>(), args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(DatabaseInfo database, string[] args, TextWriter output, TextWriter error,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not ["--to", var target] || string.IsNullOrWhiteSpace(target))
        {
            await error.WriteLineAsync(Usage);
            return Refused;
        }

        if (database.Provider != DatabaseProvider.Sqlite)
        {
            await error.WriteLineAsync("backup copies the embedded SQLite database; on PostgreSQL use pg_dump (README \"Backups\").");
            return Refused;
        }

        var path = Path.GetFullPath(target);
        if (File.Exists(path) || Directory.Exists(path))
        {
            // Never overwrite: the last good backup may be the file named.
            await error.WriteLineAsync($"--to: {path} already exists; name a new file.");
            return Refused;
        }

        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            await error.WriteLineAsync($"--to: the folder {folder} does not exist.");
            return Refused;
        }

        var partial = path + ".partial";
        try
        {
            await CopyAsync(database.ConnectionString, partial, ct);
            File.Move(partial, path);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(partial);
        }

        await output.WriteLineAsync($"Backed up to {path} ({new FileInfo(path).Length:N0} bytes, integrity ok).");
        return Copied;
    }

    private static async Task CopyAsync(string sourceConnection, string partial, CancellationToken ct)
    {
        await using var source = new SqliteConnection(sourceConnection);
        await source.OpenAsync(ct);
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy);
            // The copy is a single file a restore can put in place: no write-ahead log beside it.
            await using var journal = copy.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE;";
            await journal.ExecuteScalarAsync(ct);
            await using var check = copy.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var result = (string?)await check.ExecuteScalarAsync(ct);
            if (result != "ok")
            {
                throw new InvalidOperationException($"The copy failed SQLite's integrity check: {result}");
            }
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RegionalConsole.Data;

/// <summary>
/// Lets SQLite itself wait for a busy database (<c>PRAGMA busy_timeout</c>) on every connection the app opens. Without
/// it, a writer that meets another's write lock gets SQLITE_BUSY at once and Microsoft.Data.Sqlite retries it after a
/// fixed 150 ms sleep: with four reviewers claiming at once that sleep was the slowest claims' whole delay. SQLite's
/// own handler retries within a millisecond or two of the lock being released. Microsoft.Data.Sqlite's retry still
/// stands behind it, up to the command timeout.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 5_000;
    private static readonly string Pragma = FormattableString.Invariant($"PRAGMA busy_timeout = {Milliseconds};");

    public static SqliteBusyTimeout Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

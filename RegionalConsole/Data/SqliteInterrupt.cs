using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RegionalConsole.Data;

/// <summary>
/// Stops a SQLite statement when its caller gives up. Microsoft.Data.Sqlite checks a cancellation token only between
/// rows and its <c>Cancel()</c> does nothing, so one long step (a sort or a correlated sub-query over a national year)
/// ran on for minutes after the browser had gone, slowing every other user. While a command runs, its token is wired to
/// <c>sqlite3_interrupt</c> on the command's connection: SQLite ends the statement with SQLITE_INTERRUPT at its next
/// instruction. The wiring is removed when the command ends or its reader closes, before the connection goes back to the
/// pool; an interrupt arriving after the statement ended affects nothing, as SQLite clears it when the next one starts.
/// PostgreSQL needs none of this: Npgsql cancels the statement on the server itself.
/// </summary>
public sealed class SqliteInterrupt : DbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbCommand, Wiring> _running = new();

    public static SqliteInterrupt Instance { get; } = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Wire(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Wire(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Wire(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Unwire(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Unwire(command);
        return ValueTask.FromResult(result);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Unwire(command);
        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Unwire(command);
        return Task.CompletedTask;
    }

    // A reader's statement runs while its rows are read: the wiring stays until the reader closes.
    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData,
        InterceptionResult result)
    {
        Unwire(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData,
        InterceptionResult result)
    {
        Unwire(command);
        return result;
    }

    private void Wire(DbCommand command, CancellationToken token)
    {
        if (!token.CanBeCanceled || command.Connection is not SqliteConnection connection)
        {
            return;
        }

        var registration = token.Register(static state => Interrupt((SqliteConnection)state!), connection);
        _running.AddOrUpdate(command, new Wiring(registration));
    }

    private void Unwire(DbCommand command)
    {
        if (_running.TryGetValue(command, out var wiring))
        {
            _running.Remove(command);
            wiring.Registration.Dispose();
        }
    }

    private static void Interrupt(SqliteConnection connection)
    {
        if (connection.Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_interrupt(handle);
        }
    }

    private sealed record Wiring(CancellationTokenRegistration Registration);
}

using Microsoft.EntityFrameworkCore;

namespace RegionalConsole.Data;

/// <summary>Units of work that must commit together, on either provider.</summary>
public static class ConsoleTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction on a context of its own and commits, unless the work
    /// rolled the transaction back to refuse. It runs through the provider's execution strategy, so a retrying
    /// one (such as Npgsql's EnableRetryOnFailure) may run the whole unit again: each attempt gets a fresh context.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this IDbContextFactory<ConsoleDbContext> contexts,
        Func<ConsoleDbContext, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(work);
        await using var outer = await contexts.CreateDbContextAsync(ct);
        return await outer.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var db = await contexts.CreateDbContextAsync(token);
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(db, token);
            if (db.Database.CurrentTransaction is not null)
            {
                await transaction.CommitAsync(token);
            }

            return result;
        }, ct);
    }
}

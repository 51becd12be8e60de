using System.Collections.Concurrent;
using System.Diagnostics;

namespace RegionalConsole.Features.Queues;

/// <summary>
/// The reads every open queue of a centre repeats after a change (its page, the navigation counts), done once and
/// shared: a read joins one of the same question that started at or after the change it reacts to, so it sees that
/// change, and never one that started before. A claim in a centre with eight reviewers' queues open costs one page
/// read and one count instead of eight of each. Kept a few seconds after it ends, then forgotten.
/// </summary>
public sealed class SharedQueueReads
{
    private static readonly TimeSpan Kept = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<object, Read> _reads = new();

    /// <summary>A point in time to pass as <c>since</c>: now, on the same clock as the reads' starts.</summary>
    public static long Now() => Stopwatch.GetTimestamp();

    /// <summary>
    /// The answer to <paramref name="question"/> (a value that equals for the same question) from a read started at or
    /// after <paramref name="since"/>; starts <paramref name="read"/> when there is none.
    /// </summary>
    public Task<T> ReadAsync<T>(object question, long since, Func<Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(read);
        if (_reads.TryGetValue(question, out var shared) && shared.Started >= since && shared.Task is Task<T> answer
            && !answer.IsFaulted && !answer.IsCanceled)
        {
            return answer;
        }

        var entry = new Read(Now(), read());
        _reads[question] = entry;
        _ = ForgetAsync(question, entry);
        return (Task<T>)entry.Task;
    }

    private async Task ForgetAsync(object question, Read entry)
    {
        try
        {
            await entry.Task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The reader that started it sees the failure; a later read starts afresh.
        }

        await Task.Delay(Kept).ConfigureAwait(false);
        _reads.TryRemove(KeyValuePair.Create(question, entry));
    }

    private sealed record Read(long Started, Task Task);
}

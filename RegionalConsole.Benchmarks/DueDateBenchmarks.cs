using BenchmarkDotNet.Attributes;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Benchmarks;

/// <summary>SLA arithmetic (SPEC §4), target ≤ 100 ns a call: the shipped calendar, a county with a typhoon closure.</summary>
[MemoryDiagnoser]
public class DueDateBenchmarks
{
    private const int Calls = 1_024;
    private readonly DateOnly[] _dates = new DateOnly[Calls];
    private readonly DateOnly[] _dues = new DateOnly[Calls];
    private readonly string?[] _centres = new string?[Calls];
    private WorkingCalendar _calendar = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendar.FromShipped().WithClosures([new CountyClosure("64000", new DateOnly(2026, 9, 3), "颱風停止上班")]);
        var random = new Random(42);
        string?[] centres = [.. Counties.Names.Keys, CentreCodes.National, CentreCodes.K12EA, null];
        for (var i = 0; i < Calls; i++)
        {
            _dates[i] = new DateOnly(2025, 1, 1).AddDays(random.Next(700));
            _centres[i] = centres[random.Next(centres.Length)];
            _dues[i] = _calendar.ReviewDueDate(_dates[i].AddDays(random.Next(-10, 10)), _centres[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public DateOnly ReviewDueDate()
    {
        var last = default(DateOnly);
        for (var i = 0; i < Calls; i++)
        {
            last = _calendar.ReviewDueDate(_dates[i], _centres[i]);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public int WorkingDaysLeft()
    {
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += _calendar.WorkingDaysLeft(_dates[i], _dues[i], _centres[i]);
        }

        return sum;
    }
}

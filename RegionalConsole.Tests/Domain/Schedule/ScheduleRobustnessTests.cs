using System.Text;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

/// <summary>Property-style: whatever organisers (or attackers) type, the schedule code answers and never throws.</summary>
public class ScheduleRobustnessTests
{
    private const int Seed = 20261208;
    private static readonly DateOnly CourseStart = new(2026, 12, 8);

    // What string.EnumerateLines (and so the parser) takes as the end of a line.
    private static readonly string[] LineBreaks = ["\r\n", "\r", "\n", "\f", "\u0085", "\u2028", "\u2029"];

    private static readonly string[] Pieces =
    [
        "報到", "報 到", "Ｔｅａ　Ｔｉｍｅ", "Tea  Time!", "Breakout", "政令宣導", "專題", "午餐", "08:30", "０９：３０", "0930",
        "-", "～", "至", "：", "(三)", "115年", "12月9日", "2026/12/09", "\n", "\r\n", " ", "\u3000", "\t", "🎉", "👩‍🏫",
        "\uD83D", "\uDE00", "\0", "下午", "25:99", "9:3", "1234567", "第一場", "【國際教育】", "ｱ", "①", "…", "\u200B",
    ];

    [Fact]
    public void TheClassifierNeverThrowsOnRandomText()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 5000; i++)
        {
            var text = RandomText(random);

            var classification = SegmentClassifier.Default.Classify(text);

            Assert.True(Enum.IsDefined(classification.Classification));
            Assert.Equal(classification.Classification is SegmentClassification.Creditable, classification.Term is null && classification.Category is null && !string.IsNullOrWhiteSpace(text));
        }
    }

    [Fact]
    public void TheTextParserNeverThrowsAndKeepsEveryNonBlankLine()
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random);

            var parsed = ScheduleTextParser.Parse(text, CourseStart);

            var lines = (text ?? string.Empty).Split(LineBreaks, StringSplitOptions.None).Count(l => !string.IsNullOrWhiteSpace(l));
            var dateLines = lines - parsed.Segments.Count - parsed.Notes.Count - parsed.UnparsedLines.Count;
            Assert.InRange(dateLines, 0, lines);
            Assert.All(parsed.Segments, s => Assert.True(ScheduleTime.TryParse(s.Start, out _)));
        }
    }

    [Fact]
    public void TheAnalyzerNeverThrowsAndNeverCountsNegativeMinutes()
    {
        var random = new Random(Seed + 2);
        for (var i = 0; i < 3000; i++)
        {
            var segments = new ScheduleSegmentInput?[random.Next(0, 12)];
            for (var s = 0; s < segments.Length; s++)
            {
                segments[s] = random.Next(20) == 0 ? null : new ScheduleSegmentInput(
                    RandomDate(random), RandomTime(random), RandomTime(random), RandomText(random));
            }

            var analysis = ScheduleAnalyzer.Analyze(
                segments, RandomDate(random) ?? CourseStart, RandomDate(random) ?? CourseStart,
                RandomHours(random), ScheduleTerms.Default);

            Assert.True(analysis.CreditableMinutes >= 0 && analysis.JudgementMinutes >= 0);
            Assert.Equal(segments.Length, analysis.Segments.Count);
            Assert.All(analysis.Segments, s => Assert.InRange(s.Minutes, 0, 24 * 60));
            Assert.True(analysis.CreditableMinutes <= analysis.Segments.Sum(s => s.Minutes));
        }
    }

    [Fact]
    public void AScheduleOfThousandsOfSegmentsIsAnalysed()
    {
        var random = new Random(Seed + 3);
        var segments = Enumerable.Range(0, 5000)
            .Select(_ => new ScheduleSegmentInput(CourseStart.AddDays(random.Next(3)), RandomTime(random), random.Next(2) == 0 ? null : RandomTime(random), "專題講座"))
            .ToArray();

        var analysis = ScheduleAnalyzer.Analyze(segments, CourseStart, CourseStart.AddDays(2), 10m, ScheduleTerms.Default);

        Assert.InRange(analysis.CreditableMinutes, 0, 3 * 24 * 60);
    }

    [Fact]
    public void AHugeActivityOrScheduleTextIsHandled()
    {
        var huge = string.Concat(Enumerable.Repeat("專題講座🎉 Tea\u3000", 200_000)) + "午餐";

        Assert.Equal(ExcludedCategory.LunchBreak, SegmentClassifier.Default.Classify(huge).Category);
        Assert.Single(ScheduleTextParser.Parse("09:00-10:00 " + huge, CourseStart).Segments);
    }

    private static string? RandomText(Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                return null;
            case 1:
                return new string((char)random.Next(0x20, 0xFFFF), random.Next(0, 2000));
        }

        var builder = new StringBuilder();
        var parts = random.Next(0, 12);
        for (var p = 0; p < parts; p++)
        {
            builder.Append(random.Next(3) == 0 ? (char)random.Next(0, 0xFFFF) : Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string? RandomTime(Random random) => random.Next(8) switch
    {
        0 => null,
        1 => RandomText(random),
        2 => $"{random.Next(-5, 30)}:{random.Next(-5, 70)}",
        3 => $"{random.Next(0, 10000):0000}",
        4 => $"{(char)('０' + random.Next(10))}{(char)('０' + random.Next(10))}：{(char)('０' + random.Next(6))}{(char)('０' + random.Next(10))}",
        _ => $"{random.Next(0, 24):00}:{random.Next(0, 60):00}",
    };

    private static decimal RandomHours(Random random) => random.Next(10) switch
    {
        0 => decimal.MaxValue,
        1 => decimal.MinValue,
        _ => random.Next(-5, 50) / 2m,
    };

    private static DateOnly? RandomDate(Random random) => random.Next(10) switch
    {
        0 => null,
        1 => DateOnly.MinValue,
        2 => DateOnly.MaxValue,
        _ => CourseStart.AddDays(random.Next(-3, 4)),
    };
}

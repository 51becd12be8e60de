using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

public class WorkedExampleTests
{
    public static TheoryData<string> ScheduleNames => [.. WorkedExamples.Schedules.Select(e => e.Name)];

    [Fact]
    public void TheWorkedExamplesAreThere() => Assert.True(WorkedExamples.Schedules.Count >= 5);

    [Theory]
    [MemberData(nameof(ScheduleNames))]
    public void EachSegmentOfAWorkedExampleIsClassifiedAsExpected(string name)
    {
        var (example, analysis) = Analyze(name);

        Assert.Equal(
            example.Expect.Segments.Select(s => (s.Classification, s.Category)),
            analysis.Segments.Select(s => (s.Classification, s.Category)));
    }

    [Theory]
    [MemberData(nameof(ScheduleNames))]
    public void AWorkedExampleCountsTheExpectedCreditableAndJudgementMinutes(string name)
    {
        var (example, analysis) = Analyze(name);

        Assert.Equal(
            (example.Expect.CreditableMinutes, example.Expect.JudgementMinutes),
            (analysis.CreditableMinutes, analysis.JudgementMinutes));
    }

    [Theory]
    [MemberData(nameof(ScheduleNames))]
    public void AWorkedExampleRaisesTheExpectedCodesAndNotTheAbsentOnes(string name)
    {
        var (example, analysis) = Analyze(name);
        var codes = analysis.Checks.Select(c => c.Code).ToHashSet();

        Assert.All(example.Expect.Codes, code => Assert.Contains(code, codes));
        Assert.All(example.Expect.Absent, code => Assert.DoesNotContain(code, codes));
    }

    [Fact]
    public void TheWorkedScheduleTextParsesIntoTheExpectedSegments()
    {
        var expected = WorkedExamples.ScheduleTextExpectation;

        var parsed = ScheduleTextParser.Parse(WorkedExamples.ScheduleText, expected.CourseStartDate);

        Assert.Equal(
            expected.Segments.Select(s => new ScheduleSegmentInput(s.Date, s.Start, s.End, s.Activity)),
            parsed.Segments);
    }

    [Fact]
    public void TheWorkedScheduleTextKeepsItsOtherLinesAsNotes()
    {
        var expected = WorkedExamples.ScheduleTextExpectation;

        var parsed = ScheduleTextParser.Parse(WorkedExamples.ScheduleText, expected.CourseStartDate);

        Assert.Equal(expected.Notes, parsed.Notes);
        Assert.Empty(parsed.UnparsedLines);
    }

    [Fact]
    public void TheWorkedScheduleTextIsClassifiedAndCountedAsExpected()
    {
        var expected = WorkedExamples.ScheduleTextExpectation;
        var parsed = ScheduleTextParser.Parse(WorkedExamples.ScheduleText, expected.CourseStartDate);

        var analysis = ScheduleAnalyzer.Analyze(
            parsed.Segments, expected.CourseStartDate, expected.CourseStartDate, 0m, ScheduleTerms.Default);

        Assert.Equal(
            expected.Segments.Select(s => (s.Classification, s.Category)),
            analysis.Segments.Select(s => (s.Classification, s.Category)));
        Assert.Equal(
            (expected.CreditableMinutes, expected.JudgementMinutes),
            (analysis.CreditableMinutes, analysis.JudgementMinutes));
    }

    private static (ScheduleExample Example, ScheduleAnalysis Analysis) Analyze(string name)
    {
        var example = WorkedExamples.Schedules.Single(e => e.Name == name);
        var dates = example.Schedule.Select(s => s.Date!.Value).ToList();
        var analysis = ScheduleAnalyzer.Analyze(
            example.Schedule, dates.Min(), dates.Max(), example.DeclaredHours, ScheduleTerms.Default);
        return (example, analysis);
    }
}

using System.Globalization;
using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Tests.Domain.Tags;

/// <summary>
/// Measures TAG_SUGGESTED against the labelled courses: a title's labelled tags are the truth, the suggestions for it
/// (declaring nothing) the predictions, counted per course and tag.
/// </summary>
public class TagSuggestionQualityTests
{
    private const double MinimumPrecision = 0.9;
    private const double MinimumRecall = 0.8;

    [Fact]
    public void SuggestionsOnTheTuningSetAreAtLeastNinetyPercentPreciseAndEightyPercentComplete()
    {
        var score = Measure(LabelledCourses.Tuning);

        Report("tuning", score);
        Assert.True(score.Courses >= 200, $"Only {score.Courses} labelled courses.");
        Assert.True(score.Precision >= MinimumPrecision, $"Precision {score.Precision:P1} below {MinimumPrecision:P0}.");
        Assert.True(score.Recall >= MinimumRecall, $"Recall {score.Recall:P1} below {MinimumRecall:P0}.");
    }

    [Fact]
    public void SuggestionsOnTheHeldOutSetAreAtLeastNinetyPercentPreciseAndEightyPercentComplete()
    {
        var score = Measure(LabelledCourses.HeldOut);

        Report("held-out", score);
        Assert.True(score.Courses >= 50, $"Only {score.Courses} held-out courses.");
        Assert.True(score.Precision >= MinimumPrecision, $"Precision {score.Precision:P1} below {MinimumPrecision:P0}.");
        Assert.True(score.Recall >= MinimumRecall, $"Recall {score.Recall:P1} below {MinimumRecall:P0}.");
    }

    private static SuggestionScore Measure(IReadOnlyList<LabelledCourse> courses)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var mistakes = new List<string>();
        foreach (var course in courses)
        {
            var suggested = CourseChecker.Standard.Check(course.Draft, CheckContext.Default).Checks
                .Where(c => c.Code == CheckCodes.TagSuggested)
                .Select(c => c.Tag!)
                .ToHashSet(StringComparer.Ordinal);
            var expected = course.Tags.ToHashSet(StringComparer.Ordinal);
            truePositives += suggested.Count(expected.Contains);
            falsePositives += suggested.Count(s => !expected.Contains(s));
            falseNegatives += expected.Count(e => !suggested.Contains(e));
            if (!suggested.SetEquals(expected))
            {
                mistakes.Add($"{course.Title}: expected [{string.Join(",", expected)}], suggested [{string.Join(",", suggested)}]");
            }
        }

        return new SuggestionScore(courses.Count, truePositives, falsePositives, falseNegatives, mistakes);
    }

    private static void Report(string set, SuggestionScore score)
    {
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"TAG_SUGGESTED on the {set} set: {score.Courses} courses, precision {score.Precision:F3}, recall {score.Recall:F3} " +
            $"(TP {score.TruePositives}, FP {score.FalsePositives}, FN {score.FalseNegatives})"));
        foreach (var mistake in score.Mistakes)
        {
            output?.WriteLine("  " + mistake);
        }
    }

    private sealed record SuggestionScore(int Courses, int TruePositives, int FalsePositives, int FalseNegatives, List<string> Mistakes)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    }
}

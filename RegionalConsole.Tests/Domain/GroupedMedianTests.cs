using RegionalConsole.Domain.Statistics;

namespace RegionalConsole.Tests.Domain;

public sealed class GroupedMedianTests
{
    [Fact]
    public void AnOddCountHasTheMiddleValue() => Assert.Equal(2, GroupedMedian.Of([(1, 2), (2, 1), (5, 2)]));

    [Fact]
    public void AnEvenCountHasTheMeanOfTheTwoMiddleValues() => Assert.Equal(2.5, GroupedMedian.Of([(3, 1), (1, 1), (2, 1), (4, 1)]));

    [Fact]
    public void GroupsMayComeInAnyOrderAndEmptyGroupsDoNotCount() => Assert.Equal(3, GroupedMedian.Of([(9, 0), (3, 3), (0, 1), (7, 1)]));

    [Fact]
    public void NoValuesHaveNoMedian() => Assert.Null(GroupedMedian.Of([]));
}

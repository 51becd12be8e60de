using RegionalConsole.Domain.Preschool;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Tests.Domain.PreschoolExchange;

public sealed class ExchangeTagsTests
{
    [Fact]
    public void OnlyThePreschoolEducatorTagsAreExchanged() =>
        Assert.Equal([TagDefaults.Preschool, TagDefaults.SafetyEducation], ExchangeTags.Among(["國際教育", TagDefaults.SafetyEducation, TagDefaults.Preschool]));

    [Fact]
    public void TheShortLabelNamesTheTagToo() => Assert.True(ExchangeTags.IsExchangeTag("教保專業", TagRegistry.Default));

    [Fact]
    public void AnOtherTagIsNotExchanged() => Assert.False(ExchangeTags.IsExchangeTag("資訊非專", TagRegistry.Default));
}

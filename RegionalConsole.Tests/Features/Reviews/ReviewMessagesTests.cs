using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Reviews;

namespace RegionalConsole.Tests.Features.Reviews;

public sealed class ReviewMessagesTests
{
    private static readonly ResourceManager Resources = new("RegionalConsole.Resources.Ui", typeof(RegionalConsole.Ui).Assembly);

    /// <summary>Answers the key it is asked for, marked not found unless both languages hold it.</summary>
    private sealed class KeyLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name,
            Resources.GetString(name, CultureInfo.InvariantCulture) is null || Resources.GetString(name, new CultureInfo("en")) is null);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public void EveryTagRefusalHasItsOwnWordsInBothLanguages()
    {
        var refusals = Enum.GetValues<TagReviewRefusal>().Where(r => r != TagReviewRefusal.None).ToList();

        var keys = refusals.Select(r => ReviewMessages.TagRefusal(new KeyLocalizer(), r)).ToList();

        Assert.Equal(refusals.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.False(new KeyLocalizer()[k].ResourceNotFound, k));
    }

    [Theory]
    [InlineData(DecisionStatus.NotFound, "DecisionNotFound")]
    [InlineData(DecisionStatus.Forbidden, "DecisionForbidden")]
    [InlineData(DecisionStatus.ReasonRequired, "DecisionReasonRequired")]
    [InlineData(DecisionStatus.OverrideReasonRequired, "DecisionOverrideReasonRequired")]
    public void EachDecisionRefusalNamesItsOwnWords(DecisionStatus status, string key)
    {
        Assert.Equal(key, ReviewMessages.DecisionRefusal(new KeyLocalizer(), status));
        Assert.False(new KeyLocalizer()[key].ResourceNotFound, key);
    }
}

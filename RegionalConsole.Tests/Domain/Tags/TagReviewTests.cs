using RegionalConsole.Domain;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Tests.Domain.Tags;

/// <summary>The reviewer's confirm, remove and add of a course's tags (SPEC §5.2), and which tags then count.</summary>
public class TagReviewTests
{
    private static readonly TagRegistry Registry = TagRegistry.Default;
    private static readonly AccessScope Reviewer = new(ConsoleRole.Reviewer, "63000", null);
    private static readonly DateOnly Start = new(2026, 12, 1);

    private static TagReviewSubject Subject(bool decided = false, Dictionary<string, TagReviewState>? reviews = null) =>
        new("63000", decided, ["教保專業", "資訊非專", "自創標籤"], Start, reviews ?? []);

    private static TagReviewRefusal Refusal(TagReviewAction action, TagReviewSubject? subject = null, AccessScope? scope = null) =>
        action.RefusalFor(scope ?? Reviewer, subject ?? Subject(), Registry);

    [Fact]
    public void ADeclaredTagMayBeConfirmedByItsLabelAndIsStoredByItsName()
    {
        var action = TagReviewAction.Confirm("教保專業");

        Assert.Equal(TagReviewRefusal.None, Refusal(action));
        Assert.Equal("幼兒園教保專業知能", action.TagName(Registry));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void RemovingNeedsAReason(string? reason) =>
        Assert.Equal(TagReviewRefusal.ReasonRequired, Refusal(TagReviewAction.Remove("資訊非專", reason)));

    [Fact]
    public void RemovingWithAReasonIsAllowedEvenForATagTheRegistryDoesNotKnow() =>
        Assert.Equal(TagReviewRefusal.None, Refusal(TagReviewAction.Remove("自創標籤", "非屬性標籤。")));

    [Fact]
    public void ATagTheRegistryDoesNotKnowCannotBeConfirmed() =>
        Assert.Equal(TagReviewRefusal.UnknownTag, Refusal(TagReviewAction.Confirm("自創標籤")));

    [Fact]
    public void OnlyDeclaredTagsAreConfirmedOrRemoved()
    {
        Assert.Equal(TagReviewRefusal.NotDeclared, Refusal(TagReviewAction.Confirm("國際教育")));
        Assert.Equal(TagReviewRefusal.NotDeclared, Refusal(TagReviewAction.Remove("國際教育", "不符。")));
    }

    [Fact]
    public void AnActiveUndeclaredTagMayBeAdded() =>
        Assert.Equal(TagReviewRefusal.None, Refusal(TagReviewAction.Add("國際教育")));

    [Fact]
    public void AProposedTagCannotBeAdded() =>
        Assert.Equal(TagReviewRefusal.NotActive, Refusal(TagReviewAction.Add("SDGs")));

    [Fact]
    public void ADeclaredTagIsConfirmedNotAdded() =>
        Assert.Equal(TagReviewRefusal.AlreadyDeclared, Refusal(TagReviewAction.Add("幼兒園教保專業知能")));

    [Fact]
    public void ADecidedItemsTagsNoLongerChange() =>
        Assert.Equal(TagReviewRefusal.ItemDecided, Refusal(TagReviewAction.Confirm("資訊非專"), Subject(decided: true)));

    [Theory]
    [InlineData(ConsoleRole.Reviewer, "65000", null)]
    [InlineData(ConsoleRole.Supervisor, null, "63000")]
    public void SomeoneWhoMayNotWorkTheCentreIsRefusedBeforeAnythingElse(ConsoleRole role, string? centre, string? scope) =>
        Assert.Equal(TagReviewRefusal.OutOfScope, Refusal(TagReviewAction.Remove("國際教育", null), Subject(decided: true), new(role, centre, scope)));

    [Fact]
    public void OnlyARecordedReviewCanBeUndone()
    {
        Assert.Equal(TagReviewRefusal.NothingToUndo, Refusal(TagReviewAction.Undo("資訊非專")));
        Assert.Equal(TagReviewRefusal.None, Refusal(TagReviewAction.Undo("資訊非專"), Subject(reviews: new() { ["資訊非專"] = TagReviewState.Removed })));
    }

    [Fact]
    public void ConfirmedAndAddedTagsCountAndUnreviewedOrRemovedOnesDoNot()
    {
        var reviews = new Dictionary<string, TagReviewState>
        {
            ["幼兒園教保專業知能"] = TagReviewState.Confirmed,
            ["資訊非專"] = TagReviewState.Removed,
            ["國際教育"] = TagReviewState.Added,
        };

        Assert.Equal(["幼兒園教保專業知能", "國際教育"], TagReviews.Confirmed(["教保專業", "資訊非專", "安全教育"], reviews, Registry));
    }

    [Fact]
    public void WhileTheReviewGoesOnATagCarriesOnUntilRemoved()
    {
        var reviews = new Dictionary<string, TagReviewState> { ["資訊非專"] = TagReviewState.Removed, ["國際教育"] = TagReviewState.Added };

        Assert.Equal(["幼兒園教保專業知能", "國際教育"], TagReviews.Current(["教保專業", "資訊非專"], reviews, Registry));
        Assert.Equal(["幼兒園教保專業知能", "資訊非專"], TagReviews.Current(["教保專業", "資訊非專"], new Dictionary<string, TagReviewState>(), Registry));
    }

    [Fact]
    public void AnApprovalConfirmsTheDeclaredTagsNobodyRemovedOrConfirmed()
    {
        var reviews = new Dictionary<string, TagReviewState> { ["資訊非專"] = TagReviewState.Removed, ["安全教育"] = TagReviewState.Confirmed };

        Assert.Equal(["幼兒園教保專業知能"], TagReviews.ConfirmedByApproval(["教保專業", "資訊非專", "安全教育"], reviews, Registry));
    }

    [Fact]
    public void AnApprovalDoesNotConfirmATagTheRegistryDoesNotKnow() =>
        Assert.Empty(TagReviews.ConfirmedByApproval(["校本自訂標籤"], new Dictionary<string, TagReviewState>(), Registry));

    [Fact]
    public void TheQueueKeepsTheDeclaredTagsByNameEachOnceBetweenLineFeeds()
    {
        Assert.Equal("\n幼兒園教保專業知能\n資訊非專\n", TagReviews.QueueList(["教保專業", " 資訊非專 ", "幼兒園教保專業知能", ""], Registry));
        Assert.Equal("", TagReviews.QueueList([], Registry));
        Assert.Equal("", TagReviews.QueueList([" ", ""], Registry));
    }

    [Fact]
    public void TheQueueNeedleFindsAWholeNameOnly()
    {
        var list = TagReviews.QueueList(["國際教育", "海洋教育"], Registry);

        Assert.Contains(TagReviews.QueueNeedle("海洋教育"), list, StringComparison.Ordinal);
        Assert.Contains(TagReviews.QueueNeedle("國際教育"), list, StringComparison.Ordinal);
        Assert.DoesNotContain(TagReviews.QueueNeedle("教育"), list, StringComparison.Ordinal);
        Assert.DoesNotContain(TagReviews.QueueNeedle("國際教育\n海洋教育"), list, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyLongUnknownTagsStopAtTheListsLengthAndTheRegistrysTagsComeFirst()
    {
        var unknown = Enumerable.Range(0, 20).Select(n => $"自訂標籤{n:00}" + new string('長', 44)).ToList();
        var list = TagReviews.QueueList([.. unknown, "國際教育"], Registry);

        Assert.True(list.Length <= TagReviews.QueueListLength, $"{list.Length} characters");
        Assert.StartsWith(TagReviews.QueueNeedle("國際教育"), list, StringComparison.Ordinal);
        Assert.Contains(TagReviews.QueueNeedle(unknown[0]), list, StringComparison.Ordinal);
        Assert.DoesNotContain(TagReviews.QueueNeedle(unknown[^1]), list, StringComparison.Ordinal);
    }
}

using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Tests.Domain.Review;

public sealed class ReasonTemplateTextTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ATemplateIsStoredTrimmedWithPlainLineBreaks()
    {
        var (template, refusal) = ReasonTemplate.Create(ReasonKind.Return, "  請補充課程大綱。\r\n並更正時數。 ", Now);

        Assert.Equal(ReasonTemplateRefusal.None, refusal);
        Assert.Equal("請補充課程大綱。\n並更正時數。", template!.Text);
        Assert.Equal(0, template.UseCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n ")]
    [InlineData(null)]
    public void WhiteSpaceAloneIsNoTemplate(string? text) =>
        Assert.Equal(ReasonTemplateRefusal.Empty, ReasonTemplateText.Check(ReasonKind.Reject, text));

    [Fact]
    public void FiveHundredCharactersAreTheMost()
    {
        Assert.Equal(ReasonTemplateRefusal.None, ReasonTemplateText.Check(ReasonKind.Return, new string('理', ReasonTemplateText.MaxLength)));
        Assert.Equal(ReasonTemplateRefusal.TooLong, ReasonTemplateText.Check(ReasonKind.Return, new string('理', ReasonTemplateText.MaxLength + 1)));
    }

    [Fact]
    public void ATabOrOtherControlCharacterIsRefused() =>
        Assert.Equal(ReasonTemplateRefusal.ControlCharacter, ReasonTemplateText.Check(ReasonKind.TagRemoval, "請補充\t大綱"));

    [Fact]
    public void AKindThatIsNoReasonBoxIsRefused()
    {
        var (template, refusal) = ReasonTemplate.Create((ReasonKind)42, "請補充課程大綱。", Now);

        Assert.Null(template);
        Assert.Equal(ReasonTemplateRefusal.UnknownKind, refusal);
    }

    [Fact]
    public void ARefusedRewriteLeavesTheWordsAsTheyWere()
    {
        var template = ReasonTemplate.Create(ReasonKind.CancellationReturn, "請補附通知紀錄。", Now).Template!;

        Assert.Equal(ReasonTemplateRefusal.Empty, template.Rewrite(" ", Now.AddDays(1)));
        Assert.Equal("請補附通知紀錄。", template.Text);
        Assert.Equal(Now, template.UpdatedAt);
    }

    [Fact]
    public void ARewriteKeepsTheUseCount()
    {
        var template = ReasonTemplate.Create(ReasonKind.Return, "請補充課程大綱。", Now).Template!;
        template.RecordUse();

        Assert.Equal(ReasonTemplateRefusal.None, template.Rewrite("請補充課程大綱與講師簡介。", Now.AddDays(1)));
        Assert.Equal(1, template.UseCount);
        Assert.Equal("請補充課程大綱與講師簡介。", template.Text);
    }
}

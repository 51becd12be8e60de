using RegionalConsole.Domain.Cancellations;

namespace RegionalConsole.Tests.Domain.Cancellations;

public sealed class CancellationRequestTests
{
    private static readonly DateTime Sent = new(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);

    private static CancellationRequest With(CancellationNotice? notice) => new(CancellationCategory.Epidemic, "疫情停辦", notice);

    [Fact]
    public void ACourseWithoutEnrolledTeachersNeedsNoNotice()
    {
        Assert.False(With(null).RefusalFor(enrolledCount: 0, alreadyCancelled: false).Refused);
    }

    [Fact]
    public void EnrolledTeachersWithoutNoticeIsRefusedSayingWhatIsMissing()
    {
        var refusal = With(null).RefusalFor(enrolledCount: 28, alreadyCancelled: false);

        Assert.True(refusal.Refused);
        Assert.Equal(NoticeGapKind.NoNotice, Assert.Single(refusal.Missing).Kind);
    }

    [Fact]
    public void ANoticeToEveryEnrolledTeacherIsEnough()
    {
        var refusal = With(new CancellationNotice(NotificationChannel.Email, Sent, 28)).RefusalFor(28, alreadyCancelled: false);

        Assert.False(refusal.Refused);
    }

    [Fact]
    public void ANoticeWithoutWhenIsRefusedNamingTheField()
    {
        var refusal = With(new CancellationNotice(NotificationChannel.Email, null, 28)).RefusalFor(28, alreadyCancelled: false);

        Assert.Equal(NoticeGapKind.SentAtMissing, Assert.Single(refusal.Missing).Kind);
    }

    [Fact]
    public void NotifyingFewerThanWereEnrolledIsRefused()
    {
        var refusal = With(new CancellationNotice(NotificationChannel.Sms, Sent, 20)).RefusalFor(28, alreadyCancelled: false);

        Assert.Equal(new NoticeGap(NoticeGapKind.TooFewRecipients, 28, 20), Assert.Single(refusal.Missing));
    }

    [Fact]
    public void ACancelledCourseCannotBeCancelledAgain()
    {
        var refusal = With(new CancellationNotice(NotificationChannel.Email, Sent, 28)).RefusalFor(28, alreadyCancelled: true);

        Assert.True(refusal.AlreadyCancelled);
        Assert.True(refusal.Refused);
    }
}

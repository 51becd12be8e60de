using RegionalConsole.Domain;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Tests.Domain.PreschoolExchange;

/// <summary>Which issued records go into a run, and why the others do not (SPEC §14.4).</summary>
public sealed class ExchangeEligibilityTests
{
    private static readonly string[] PreschoolCourse = [TagDefaults.Preschool];

    private static ExchangeVerdict Judge(ExchangeTeacher? teacher, string[]? tags = null, bool acknowledged = false) =>
        ExchangeEligibility.Judge(acknowledged, tags ?? PreschoolCourse, teacher);

    [Fact]
    public void ATeacherServingAtAPreschoolWithoutTheFlagIsSent() =>
        Assert.Equal(ExchangeVerdict.Send, Judge(new ExchangeTeacher(null, InstitutionType.Preschool)));

    [Fact]
    public void StaffOfASchoolsPreschoolFlaggedByTheSyncAreSent() =>
        Assert.Equal(ExchangeVerdict.Send, Judge(new ExchangeTeacher(true, InstitutionType.MunicipalSchool)));

    [Fact]
    public void TheFlagSayingNoOverridesAPreschoolServingInstitution() =>
        Assert.Equal(ExchangeVerdict.NotPreschoolEducator, Judge(new ExchangeTeacher(false, InstitutionType.Preschool)));

    [Fact]
    public void ASchoolTeacherWithoutTheFlagIsNotAPreschoolEducator() =>
        Assert.Equal(ExchangeVerdict.NotPreschoolEducator, Judge(new ExchangeTeacher(null, InstitutionType.MunicipalSchool)));

    [Fact]
    public void AFlaggedPreschoolEducatorServingNowhereCannotBeSent() =>
        Assert.Equal(ExchangeVerdict.ServingNowhere, Judge(new ExchangeTeacher(true, null)));

    [Fact]
    public void AnUnflaggedTeacherServingNowhereCannotBeSent() =>
        Assert.Equal(ExchangeVerdict.ServingNowhere, Judge(new ExchangeTeacher(null, null)));

    [Fact]
    public void ATeacherTheSyncNeverSentIsUnknown() =>
        Assert.Equal(ExchangeVerdict.TeacherUnknown, Judge(null));

    [Fact]
    public void ACourseWithoutAConfirmedExchangeTagIsNotForThePlatform() =>
        Assert.Equal(ExchangeVerdict.NotAnExchangeCourse, Judge(null, tags: []));

    [Fact]
    public void ARecordAnAcknowledgedRunCarriedIsNotSentAgain() =>
        Assert.Equal(ExchangeVerdict.AlreadyDelivered, Judge(new ExchangeTeacher(true, InstitutionType.Preschool), acknowledged: true));

    [Theory]
    [InlineData(ExchangeVerdict.TeacherUnknown, true)]
    [InlineData(ExchangeVerdict.NotPreschoolEducator, true)]
    [InlineData(ExchangeVerdict.ServingNowhere, true)]
    [InlineData(ExchangeVerdict.NotAnExchangeCourse, false)]
    [InlineData(ExchangeVerdict.AlreadyDelivered, false)]
    [InlineData(ExchangeVerdict.Send, false)]
    public void OnlyTeacherProblemsAreReportedAsUnsendable(ExchangeVerdict verdict, bool reported) =>
        Assert.Equal(reported, ExchangeEligibility.IsUnsendable(verdict));
}

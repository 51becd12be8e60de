using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Tests.Domain.Administration;

public sealed class AccountRulesTests
{
    private static readonly Func<string, bool> KnownCentres = code => code is "67000" or "63000" or "K12EA" or "NATIONAL";

    private static AccountEntry Entry(ConsoleRole role, string? centre = null, string? supervises = null, string userName = "reviewer-67000-1",
        string? email = "chen@tn.edu.tw", string? subject = null) =>
        new AccountEntry(userName, "陳怡君", email, subject, role, centre, supervises).Trimmed();

    private static IEnumerable<AccountProblemKind> Kinds(AccountEntry entry) => AccountRules.Problems(entry, KnownCentres).Select(p => p.Kind);

    [Fact]
    public void AReviewerWithAKnownCentreIsWellFormed() =>
        Assert.Empty(Kinds(Entry(ConsoleRole.Reviewer, centre: "67000")));

    [Fact]
    public void AReviewerNeedsACentre() =>
        Assert.Equal([AccountProblemKind.CentreRequired], Kinds(Entry(ConsoleRole.Reviewer)));

    [Fact]
    public void AReviewerOfAnUnknownCentreIsRefusedNamingTheCentreField()
    {
        var problem = Assert.Single(AccountRules.Problems(Entry(ConsoleRole.Reviewer, centre: "99999"), KnownCentres));

        Assert.Equal((AccountField.Centre, AccountProblemKind.CentreUnknown, "99999"), (problem.Field, problem.Kind, problem.Value));
    }

    [Fact]
    public void ASupervisorNeedsWhatTheySupervise() =>
        Assert.Equal([AccountProblemKind.ScopeRequired], Kinds(Entry(ConsoleRole.Supervisor)));

    [Theory]
    [InlineData("67000")]
    [InlineData("K12EA")]
    public void ASupervisorSupervisesACountyOrK12EA(string scope) =>
        Assert.Empty(Kinds(Entry(ConsoleRole.Supervisor, supervises: scope)));

    [Fact]
    public void ASupervisorOfANationalCentreCodeIsRefused() =>
        Assert.Equal([AccountProblemKind.ScopeUnknown], Kinds(Entry(ConsoleRole.Supervisor, supervises: "NATIONAL")));

    [Fact]
    public void AnAdministratorNeedsNeitherCentreNorScope() =>
        Assert.Empty(Kinds(Entry(ConsoleRole.Administrator)));

    [Fact]
    public void AnAccountNobodyCouldSignInToIsRefused() =>
        Assert.Equal([AccountProblemKind.IdentityRequired], Kinds(Entry(ConsoleRole.Administrator, email: null, subject: " ")));

    [Theory]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("名字")]
    public void AUserNameIsAsciiLettersDigitsAndFewMarks(string userName) =>
        Assert.Equal([AccountProblemKind.UserNameInvalid], Kinds(Entry(ConsoleRole.Administrator, userName: userName)));

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("陳 <chen@tn.edu.tw>")]
    public void AnEmailIsOneAddress(string email) =>
        Assert.Equal([AccountProblemKind.EmailInvalid], Kinds(Entry(ConsoleRole.Administrator, email: email)));

    [Fact]
    public void EntriesAreTrimmedAndEmailsLowerCased()
    {
        var entry = new AccountEntry(" x ", " 名 ", " Chen@TN.edu.tw ", " ", ConsoleRole.Reviewer, " 67000 ", "").Trimmed();

        Assert.Equal(("x", "名", "chen@tn.edu.tw", null, "67000", null), (entry.UserName, entry.DisplayName, entry.Email, entry.Subject, entry.Centre, entry.Supervises));
    }

    [Fact]
    public void UserNamesAndEmailsAreDuplicatesWhateverTheirCaseAndSubjectsOnlyExactly()
    {
        AccountIdentity[] stored = [new(1, "Reviewer-67000-1", "王", "CHEN@tn.edu.tw", "Sub-A")];

        var problems = AccountRules.Duplicates(Entry(ConsoleRole.Reviewer, "67000", subject: "sub-a"), id: null, stored);

        Assert.Equal([(AccountProblemKind.UserNameTaken, "王"), (AccountProblemKind.EmailTaken, "Reviewer-67000-1")],
            problems.Select(p => (p.Kind, p.Holder)));
    }

    [Fact]
    public void ASubjectHeldByAnotherAccountIsADuplicate()
    {
        AccountIdentity[] stored = [new(1, "other", "王", null, "sub-a")];

        var problem = Assert.Single(AccountRules.Duplicates(Entry(ConsoleRole.Reviewer, "67000", subject: "sub-a"), id: null, stored));

        Assert.Equal((AccountField.Subject, "other"), (problem.Field, problem.Holder));
    }

    [Fact]
    public void AnAccountIsNoDuplicateOfItself()
    {
        AccountIdentity[] stored = [new(7, "reviewer-67000-1", "陳怡君", "chen@tn.edu.tw", "sub-a")];

        Assert.Empty(AccountRules.Duplicates(Entry(ConsoleRole.Reviewer, "67000", subject: "sub-a"), id: 7, stored));
    }
}

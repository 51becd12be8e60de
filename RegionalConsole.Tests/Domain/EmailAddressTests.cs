using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Domain;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("contact@school.edu.tw")]
    [InlineData("wang.xiaoming+courses@tn.edu.tw")]
    public void APlainAddressIsOne(string address) => Assert.Equal(EmailAddressProblem.None, EmailAddress.ProblemOf(address));

    [Theory]
    [InlineData("contact@school.edu.tw\r\nBcc: everyone@example.com")]
    [InlineData("contact@school.edu.tw\nBcc:everyone@example.com")]
    [InlineData("contact@school.edu.tw\0")]
    [InlineData("contact@school.edu.tw\t")]
    public void AControlCharacterIsRefusedSoNoHeaderCanBeSmuggledIn(string address) =>
        Assert.Equal(EmailAddressProblem.ControlCharacter, EmailAddress.ProblemOf(address));

    [Theory]
    [InlineData("a@school.edu.tw, b@school.edu.tw")]
    [InlineData("a@school.edu.tw;b@school.edu.tw")]
    [InlineData("a@school.edu.tw b@school.edu.tw")]
    [InlineData("王小明 <a@school.edu.tw>")]
    [InlineData("not-an-email")]
    [InlineData("@school.edu.tw")]
    [InlineData("")]
    public void AnythingButOnePlainAddressIsRefused(string address) =>
        Assert.Equal(EmailAddressProblem.NotOneAddress, EmailAddress.ProblemOf(address));

    [Fact]
    public void AnAddressLongerThan254CharactersIsRefused()
    {
        var local = new string('a', 64);
        var address = local + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".tw";

        Assert.True(address.Length > 254);
        Assert.Equal(EmailAddressProblem.TooLong, EmailAddress.ProblemOf(address));
    }

    [Fact]
    public void NullIsNotAValidAddress() => Assert.False(EmailAddress.IsValid(null));
}

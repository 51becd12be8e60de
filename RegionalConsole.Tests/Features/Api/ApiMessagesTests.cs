using System.Globalization;
using System.Reflection;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Tests.Features.Api;

/// <summary>Every sentence of the partner API has its words in Traditional Chinese and in English.</summary>
public sealed class ApiMessagesTests
{
    public static TheoryData<string> Keys() => [.. Factories().Select(m => m.Name)];

    private static IEnumerable<MethodInfo> Factories() =>
        typeof(ApiMessages).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(ApiMessage));

    private static ApiMessage Make(string key)
    {
        var method = Factories().Single(m => m.Name == key);
        var args = method.GetParameters().Select(p => p.ParameterType == typeof(string) ? "X" : Activator.CreateInstance(p.ParameterType)).ToArray();
        return (ApiMessage)method.Invoke(null, args)!;
    }

    private static bool HasHan(string text) => text.Any(c => c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef');

    [Theory]
    [MemberData(nameof(Keys))]
    public void EachMessageHasItsOwnWordsInBothLanguages(string key)
    {
        var message = Make(key);

        Assert.Equal(key, message.Key);
        Assert.NotNull(ApiMessage.Format(key, CultureInfo.InvariantCulture));
        Assert.NotNull(ApiMessage.Format(key, new CultureInfo("en")));
        Assert.True(HasHan(message.Render(new CultureInfo("zh-TW"))), $"{key} in zh-TW: {message.Render(new CultureInfo("zh-TW"))}");
        Assert.False(HasHan(message.Render(new CultureInfo("en"))), $"{key} in English: {message.Render(new CultureInfo("en"))}");
    }

    [Fact]
    public void AnEnglishVariantFallsBackToEnglish() =>
        Assert.Equal("There is no course 1.", ApiMessages.CourseNotFound("1").Render(new CultureInfo("en-US")));
}

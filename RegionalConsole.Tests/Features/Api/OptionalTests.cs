using System.Text.Json;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Tests.Features.Api;

/// <summary>A body field that tells "left out" from "null" (SPEC §13.2: omitted keeps, null clears).</summary>
public sealed class OptionalTests
{
    private sealed record Body(string? Name, Optional<string> ContactEmail);

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        ApiSetup.Configure(options);
        return options;
    }

    [Fact]
    public void ALeftOutFieldIsAbsent() =>
        Assert.False(JsonSerializer.Deserialize<Body>("""{"name":"x"}""", Options)!.ContactEmail.IsPresent);

    [Fact]
    public void NullIsPresentAndEmpty() =>
        Assert.Equal(new Optional<string>(true, null), JsonSerializer.Deserialize<Body>("""{"contactEmail":null}""", Options)!.ContactEmail);

    [Fact]
    public void AValueIsPresent() =>
        Assert.Equal(new Optional<string>(true, "a@b.tw"), JsonSerializer.Deserialize<Body>("""{"contactEmail":"a@b.tw"}""", Options)!.ContactEmail);

    [Fact]
    public void AValueOfTheWrongTypeIsAJsonErrorAtTheField()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>("""{"contactEmail":5}""", Options));

        Assert.Equal("$.contactEmail", error.Path);
    }
}

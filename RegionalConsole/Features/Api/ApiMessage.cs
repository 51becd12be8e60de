using System.Globalization;
using System.Resources;

namespace RegionalConsole.Features.Api;

/// <summary>
/// A sentence of the partner API: its key in <c>Resources/ApiMessages.resx</c> (zh-TW, the default) and
/// <c>ApiMessages.en.resx</c>, and its arguments. It is rendered when the answer is written, in the request's culture
/// (on /api the <c>Accept-Language</c> header), so a refusal reads in the partner's language.
/// </summary>
public sealed class ApiMessage
{
    private static readonly ResourceManager Resources = new("RegionalConsole.Resources.ApiMessages", typeof(ApiMessage).Assembly);

    private readonly object?[] _args;
    private readonly string? _text;
    private readonly IReadOnlyList<ApiMessage>? _parts;

    internal ApiMessage(string key, params object?[] args)
    {
        Key = key;
        _args = args;
    }

    private ApiMessage(string text)
    {
        Key = nameof(Text);
        _args = [];
        _text = text;
    }

    private ApiMessage(IReadOnlyList<ApiMessage> parts)
    {
        Key = nameof(ApiMessages.Joined);
        _args = [];
        _parts = parts;
    }

    /// <summary>The resource key; also the code a refusal carries.</summary>
    public string Key { get; }

    public IReadOnlyList<object?> Args => _args;

    /// <summary>A sentence written out by its caller, not from the resources (the institution and teacher sync, for now).</summary>
    public static ApiMessage Text(string text) => new(text);

    /// <summary>The sentence in <paramref name="culture"/> (the current UI culture when null).</summary>
    /// <summary>Several sentences read as one, separated by a space.</summary>
    internal static ApiMessage Join(IReadOnlyList<ApiMessage> parts) => new(parts);

    public string Render(CultureInfo? culture = null)
    {
        if (_text is not null)
        {
            return _text;
        }

        if (_parts is not null)
        {
            return string.Join(" ", _parts.Select(p => p.Render(culture)));
        }

        culture ??= CultureInfo.CurrentUICulture;
        var format = Resources.GetString(Key, culture) ?? throw new InvalidOperationException($"ApiMessages.resx has no key {Key}.");
        return string.Format(culture, format, _args);
    }

    /// <summary>The words of <paramref name="key"/> in <paramref name="culture"/>'s own resources (no fallback); null when it has none.</summary>
    internal static string? Format(string key, CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(key);

    public override string ToString() => Render();
}

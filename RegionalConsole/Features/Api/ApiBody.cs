using System.Text.Json;

namespace RegionalConsole.Features.Api;

/// <summary>
/// Reads a JSON body so that a malformed one is answered with a 400 naming where it broke, instead of an
/// anonymous binding failure (SPEC §10).
/// </summary>
public static class ApiBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options)
        where T : class
    {
        var (value, refusal) = await TryReadAsync<T>(request, options);
        return (value, refusal?.ToHttp());
    }

    public static async Task<(T? Value, Refusal? Refusal)> TryReadAsync<T>(HttpRequest request, JsonSerializerOptions options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentType is not { } type || !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Refusal.Invalid("body", ApiMessages.BodyNotJson()));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted);
            return value is null ? (null, Refusal.Invalid("body", ApiMessages.BodyMissing())) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, Refusal.Invalid(field, ApiMessages.BodyMalformed(field)));
        }
    }
}

/// <summary>
/// Problem answers for code that still returns <see cref="IResult"/> with its own words (the institution and teacher
/// sync); new code returns a <see cref="Refusal"/> and lets <see cref="ApiAnswers"/> answer.
/// </summary>
public static class ApiProblems
{
    public static IResult Invalid(string field, string message) => Refusal.Invalid(field, ApiMessage.Text(message)).ToHttp();

    public static IResult Invalid(ApiErrors errors) => Refusal.Invalid(errors).ToHttp();

    public static IResult Forbidden(string detail) => Refusal.Forbidden(ApiMessage.Text(detail)).ToHttp();

    public static IResult NotFound(string detail) => Refusal.NotFound(ApiMessage.Text(detail)).ToHttp();

    public static IResult Conflict(string detail) => Refusal.Conflict(ApiMessage.Text(detail)).ToHttp();
}

/// <summary>Collects every bad field of a request, so the caller learns all of them at once.</summary>
public sealed class ApiErrors
{
    private readonly Dictionary<string, List<ApiMessage>> _errors = [];

    public bool Any => _errors.Count > 0;

    /// <summary>The bad fields in the order first named, each with its messages.</summary>
    public IReadOnlyList<FieldProblem> Problems =>
        [.. _errors.SelectMany(e => e.Value.Select(m => new FieldProblem(e.Key, m)))];

    public void Add(string field, ApiMessage message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Adds every one of <paramref name="messages"/> to <paramref name="field"/>.</summary>
    public ApiErrors With(string field, IEnumerable<ApiMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            Add(field, message);
        }

        return this;
    }

    /// <summary>A message written out by the caller (the sync's own words), not from the resources.</summary>
    public void Add(string field, string message) => Add(field, ApiMessage.Text(message));

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, ApiMessages.Required());
        }
        else if (value.Length > maxLength)
        {
            Add(field, ApiMessages.TooLong(maxLength));
        }
    }

    /// <summary>
    /// Optional text held to its bound (SPEC §13.3): no longer than <paramref name="maxLength"/>, no control characters
    /// (line breaks allowed in <paramref name="multiLine"/> text). Required text is also refused blank.
    /// </summary>
    public void Text(string field, string? value, int maxLength, bool required = false, bool multiLine = false)
    {
        if (required)
        {
            Required(field, value, maxLength);
        }
        else if (value is { } text && text.Length > maxLength)
        {
            Add(field, ApiMessages.TooLong(maxLength));
        }

        if (value is not null && Domain.InputBounds.HasForbiddenControl(value, multiLine))
        {
            Add(field, multiLine ? ApiMessages.ControlCharactersBeyondLineBreaks() : ApiMessages.ControlCharacters());
        }
    }

    /// <summary>Parses an enum by its exact API name; an unknown value names the allowed ones.</summary>
    public TEnum? Enum<TEnum>(string field, string? value, bool required = true)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Add(field, ApiMessages.Required());
            }

            return null;
        }

        if (System.Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && System.Enum.IsDefined(parsed)
            && !int.TryParse(value, out _))
        {
            return parsed;
        }

        Add(field, ApiMessages.UnknownValue(value, string.Join(", ", System.Enum.GetNames<TEnum>())));
        return null;
    }

    /// <summary>The messages by field, in the current UI culture.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Render()).ToArray());
}

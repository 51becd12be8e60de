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
        if (request.ContentType is not { } type || !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ApiProblems.Invalid("body", "請以 application/json 傳送資料。"));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted);
            return value is null ? (null, ApiProblems.Invalid("body", "缺少資料內容。")) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return (null, ApiProblems.Invalid(field, $"JSON 格式錯誤或型別不符（{field}）。"));
        }
    }
}

public static class ApiProblems
{
    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "資料驗證失敗");

    public static IResult Invalid(ApiErrors errors) =>
        Results.ValidationProblem(errors.ToDictionary(), title: "資料驗證失敗");

    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "超出授權範圍", detail: detail);

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "查無資料", detail: detail);

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "狀態衝突", detail: detail);
}

/// <summary>Collects every bad field of a request, so the caller learns all of them at once.</summary>
public sealed class ApiErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "必填。");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"長度不得超過 {maxLength} 字。");
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
            Add(field, $"長度不得超過 {maxLength} 字。");
        }

        if (value is not null && Domain.InputBounds.HasForbiddenControl(value, multiLine))
        {
            Add(field, multiLine ? "不得含換行以外的控制字元。" : "不得含控制字元（含 Tab 與換行）。");
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
                Add(field, "必填。");
            }

            return null;
        }

        if (System.Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && System.Enum.IsDefined(parsed)
            && !int.TryParse(value, out _))
        {
            return parsed;
        }

        Add(field, $"未知的值「{value}」；可用值：{string.Join(", ", System.Enum.GetNames<TEnum>())}。");
        return null;
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

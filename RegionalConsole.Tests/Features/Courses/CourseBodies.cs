namespace RegionalConsole.Tests.Features.Courses;

/// <summary>Course bodies as partner systems send them (SPEC §10), for API tests.</summary>
internal static class CourseBodies
{
    public static Dictionary<string, object?> Valid(string organiser, string? externalId = null, string title = "【國際教育】跨文化課程設計工作坊（第1場）") => new()
    {
        ["externalId"] = externalId ?? "EXT-" + Guid.NewGuid().ToString("N")[..8],
        ["organiserCode"] = organiser,
        ["title"] = title,
        ["tags"] = new[] { "國際教育" },
        ["outline"] = "旨在提升教師跨文化課程設計能力，透過實作產出教案並分享教學經驗。",
        ["approvalDocNo"] = "府教研字第1150000001號",
        ["delivery"] = new { mode = "InPerson", onlineKind = (string?)null, software = Array.Empty<string>(), softwareOther = (string?)null },
        ["startDate"] = "2026-12-01",
        ["endDate"] = "2026-12-01",
        ["declaredHours"] = 3,
        ["audience"] = new[] { "ElementaryTeacher" },
        ["schedule"] = new object[]
        {
            new { date = "2026-12-01", start = "08:30", end = "09:00", activity = "報到" },
            new { date = "2026-12-01", start = "09:00", end = "12:00", activity = "專題演講：國際教育2.0" },
        },
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        body[field] = value;
        return body;
    }
}

namespace RegionalConsole.Tests.Web.Matrix;

/// <summary>Who may reach a route at all; scope (own centre, own county) is checked separately.</summary>
public enum Access
{
    /// <summary>Everyone, signed in or not.</summary>
    Anonymous,

    /// <summary>Any signed-in account: reviewer, supervisor, administrator.</summary>
    Staff,

    /// <summary>Supervisors and administrators.</summary>
    Supervisor,

    /// <summary>Administrators only.</summary>
    Administrator,

    /// <summary>Any API key; what it may touch is its institutions or county.</summary>
    ApiClient,

    /// <summary>Administrator API keys only.</summary>
    ApiAdministrator,

    /// <summary>Keys of the role ExchangePlatform only (SPEC §14.4); no other key, not even an administrator's.</summary>
    ExchangePlatform,
}

/// <summary>
/// THE table of every page route and endpoint of the app and who may reach it. A route the app serves that is missing
/// here fails <see cref="AuthorizationMatrixTests.EveryRouteOfTheAppIsClassified"/>: whoever adds a route decides who
/// may reach it. Entries whose route does not exist (yet) are ignored, so pages being built elsewhere can be listed.
/// Pages are keyed by their template; other endpoints by "METHOD template".
/// </summary>
internal static class RouteTable
{
    public static readonly IReadOnlyDictionary<string, Access> Expected = new Dictionary<string, Access>(StringComparer.Ordinal)
    {
        // Sign-in, errors and the language switch.
        ["/dev-signin"] = Access.Anonymous,
        ["/no-access"] = Access.Anonymous,
        ["/signed-out"] = Access.Anonymous,
        ["/not-found"] = Access.Anonymous,
        ["/Error"] = Access.Anonymous,
        ["GET /authentication/login"] = Access.Anonymous,
        ["POST /authentication/logout"] = Access.Staff,
        ["GET /culture"] = Access.Anonymous,
        ["ANY /health"] = Access.Anonymous,
        // Served only with Telemetry:Prometheus:Enabled (not in the matrix app), and then answered by the caller's
        // network and an optional bearer token, not by sign-in (Features/Operations/ScrapeEndpointTests).
        ["ANY /metrics"] = Access.Anonymous,
        ["GET /openapi/{documentName}.json"] = Access.Anonymous,

        // Pages for everyone who works in the console.
        ["/"] = Access.Staff,
        ["/profile"] = Access.Staff,
        ["/calendar"] = Access.Staff,
        ["/tags"] = Access.Staff,
        ["/tags/{Id:int}"] = Access.Staff,
        ["/queues/{Slug}"] = Access.Staff,
        ["/reviews/{Id:int}"] = Access.Staff,
        ["/courses/{CourseNo}"] = Access.Staff,
        ["/statistics"] = Access.Staff,
        ["/rulings"] = Access.Staff,
        ["/teachers"] = Access.Staff,
        ["/announcements"] = Access.Staff,
        ["/cancellations"] = Access.Staff,

        // Supervisors (and administrators).
        ["/oversight"] = Access.Supervisor,
        ["/preschool"] = Access.Supervisor,
        ["/admin/accounts"] = Access.Supervisor,

        // Administrators.
        ["/admin/terms"] = Access.Administrator,
        ["/admin/reason-templates"] = Access.Administrator,
        ["/admin/institutions"] = Access.Administrator,
        ["/admin/jurisdiction"] = Access.Administrator,
        ["/admin/api-clients"] = Access.Administrator,

        // Downloads: plain authorised GETs; scope (own centre, county, file audience, teacher) is checked inside and
        // answers 403 or 404 outside it. The preschool exchange file answers a signed-in non-administrator 403.
        ["GET /preschool/exchange/runs/{id:int}/file"] = Access.Administrator,
        ["GET /teachers/export/{reference}"] = Access.Staff,
        ["GET /files/{id:int}"] = Access.Staff,
        ["GET /exports/statistics.xlsx"] = Access.Staff,
        ["GET /exports/statistics/{table}.xlsx"] = Access.Staff,
        ["GET /exports/courses.xlsx"] = Access.Staff,
        ["GET /exports/rosters.xlsx"] = Access.Staff,
        ["GET /exports/cancellations.xlsx"] = Access.Staff,
        ["GET /exports/queues/{slug}.xlsx"] = Access.Staff,

        // Partner API: any key, scoped inside the endpoint, or administrator keys only.
        ["PUT /api/v1/institutions/{code}"] = Access.ApiClient,
        ["PUT /api/v1/teachers/{nationalId}"] = Access.ApiClient,
        ["POST /api/v1/institutions/batch"] = Access.ApiClient,
        ["GET /api/v1/institutions/{code}"] = Access.ApiClient,
        ["POST /api/v1/teachers/batch"] = Access.ApiClient,
        ["GET /api/v1/teachers/{nationalId}"] = Access.ApiClient,
        ["POST /api/v1/courses/validate"] = Access.ApiClient,
        ["POST /api/v1/courses"] = Access.ApiClient,
        ["POST /api/v1/courses/batch"] = Access.ApiClient,
        ["PUT /api/v1/courses/{courseNo}"] = Access.ApiClient,
        ["GET /api/v1/courses/{courseNo}"] = Access.ApiClient,
        ["GET /api/v1/courses"] = Access.ApiClient,
        ["PUT /api/v1/courses/{courseNo}/enrolment"] = Access.ApiClient,
        ["GET /api/v1/calendar/review-due"] = Access.ApiClient,
        ["GET /api/v1/tags"] = Access.ApiClient,
        ["POST /api/v1/courses/{courseNo}/cancellation"] = Access.ApiClient,
        ["POST /api/v1/courses/{courseNo}/roster"] = Access.ApiClient,
        ["GET /api/v1/changes"] = Access.ApiClient,
        ["POST /api/v1/webhooks"] = Access.ApiClient,
        ["GET /api/v1/webhooks"] = Access.ApiClient,
        ["DELETE /api/v1/webhooks/{id:int}"] = Access.ApiClient,
        ["POST /api/v1/api-clients"] = Access.ApiAdministrator,
        ["POST /api/v1/calendar/import"] = Access.ApiAdministrator,
        ["GET /api/v1/accounts"] = Access.ApiAdministrator,
        ["POST /api/v1/accounts"] = Access.ApiAdministrator,
        ["PUT /api/v1/accounts/{id:int}"] = Access.ApiAdministrator,
        ["GET /api/v1/centres"] = Access.ApiAdministrator,

        // The exchange platform's key, which reaches nothing else.
        ["GET /api/v1/preschool-exchange/runs"] = Access.ExchangePlatform,
        ["GET /api/v1/preschool-exchange/runs/{id:int}/file"] = Access.ExchangePlatform,
        ["POST /api/v1/preschool-exchange/runs/{id:int}/ack"] = Access.ExchangePlatform,
    };

    /// <summary>Route values for templates with parameters; a new parameter name needs a sample here.</summary>
    public static string SamplePath(string template, MatrixSamples samples) => template
        .Replace("{Id:int}", template.StartsWith("/tags/", StringComparison.Ordinal) ? samples.TagId : samples.ItemId, StringComparison.Ordinal)
        .Replace("{CourseNo}", samples.CourseNo, StringComparison.Ordinal)
        .Replace("{courseNo}", samples.CourseNo, StringComparison.Ordinal)
        .Replace("{id:int}", samples.ItemId, StringComparison.Ordinal)
        .Replace("{Slug}", "course", StringComparison.Ordinal)
        .Replace("{slug}", "course", StringComparison.Ordinal)
        .Replace("{table}", "backlog", StringComparison.Ordinal)
        .Replace("{reference}", "unknown-reference", StringComparison.Ordinal)
        .Replace("{code}", samples.InstitutionCode, StringComparison.Ordinal)
        .Replace("{nationalId}", "A123456789", StringComparison.Ordinal)
        .Replace("{documentName}", "v1", StringComparison.Ordinal);

    /// <summary>
    /// A request body the endpoint accepts, so a key that is let in reaches the endpoint's own answer (201, 404, 409)
    /// rather than stopping at validation; endpoints not listed get an empty object.
    /// </summary>
    public static object SampleBody(string key) => key switch
    {
        "POST /api/v1/courses/{courseNo}/cancellation" => new
        {
            reasonCategory = "Other",
            reason = "測試",
            notification = new { channel = "Email", sentAt = "2026-11-20T09:00:00+08:00", recipients = 60 },
        },
        "POST /api/v1/courses/{courseNo}/roster" => new { attendees = new[] { new { nationalId = "A123456789", hours = 1 } } },
        "PUT /api/v1/courses/{courseNo}/enrolment" => new { enrolled = 1 },
        _ => new { },
    };
}

/// <summary>Real ids of the matrix's data: a course of centre 63000 (Taipei) and its open review item.</summary>
/// <param name="Marker">An ASCII part of the course title: whoever sees the course sees it.</param>
public sealed record MatrixSamples(string CourseNo, string ItemId, string TagId, string InstitutionCode, string Marker);

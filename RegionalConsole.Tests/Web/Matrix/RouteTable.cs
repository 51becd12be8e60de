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
        ["/admin/institutions"] = Access.Administrator,
        ["/admin/jurisdiction"] = Access.Administrator,
        ["/admin/api-clients"] = Access.Administrator,

        // Partner API: any key, scoped inside the endpoint, or administrator keys only.
        ["PUT /api/v1/institutions/{code}"] = Access.ApiClient,
        ["PUT /api/v1/teachers/{nationalId}"] = Access.ApiClient,
        ["POST /api/v1/courses/validate"] = Access.ApiClient,
        ["POST /api/v1/courses"] = Access.ApiClient,
        ["PUT /api/v1/courses/{courseNo}"] = Access.ApiClient,
        ["GET /api/v1/courses/{courseNo}"] = Access.ApiClient,
        ["GET /api/v1/calendar/review-due"] = Access.ApiClient,
        ["GET /api/v1/tags"] = Access.ApiClient,
        ["POST /api/v1/api-clients"] = Access.ApiAdministrator,
        ["POST /api/v1/calendar/import"] = Access.ApiAdministrator,
    };

    /// <summary>Route values for templates with parameters; a new parameter name needs a sample here.</summary>
    public static string SamplePath(string template, MatrixSamples samples) => template
        .Replace("{Id:int}", template.StartsWith("/tags/", StringComparison.Ordinal) ? samples.TagId : samples.ItemId, StringComparison.Ordinal)
        .Replace("{CourseNo}", samples.CourseNo, StringComparison.Ordinal)
        .Replace("{courseNo}", samples.CourseNo, StringComparison.Ordinal)
        .Replace("{Slug}", "course", StringComparison.Ordinal)
        .Replace("{code}", samples.InstitutionCode, StringComparison.Ordinal)
        .Replace("{nationalId}", "A123456789", StringComparison.Ordinal)
        .Replace("{documentName}", "v1", StringComparison.Ordinal);
}

/// <summary>Real ids of the matrix's data: a course of centre 63000 (Taipei) and its open review item.</summary>
/// <param name="Marker">An ASCII part of the course title: whoever sees the course sees it.</param>
public sealed record MatrixSamples(string CourseNo, string ItemId, string TagId, string InstitutionCode, string Marker);

using System.Net;
using System.Net.Http.Json;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web.Matrix;

/// <summary>
/// Every page route and endpoint × every kind of caller, against the one table of who may reach what
/// (<see cref="RouteTable"/>); then scope: another centre's or county's review item and course show no data.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    private static readonly string[] SignedInRoles = [MatrixApp.OwnReviewer, MatrixApp.OwnSupervisor, MatrixApp.Administrator];

    [Fact]
    public void EveryRouteOfTheAppIsClassified()
    {
        var unclassified = app.ServedRoutes().Where(r => !RouteTable.Expected.ContainsKey(r.Key)).Select(r => r.Key).ToList();

        Assert.True(unclassified.Count == 0, "Add these routes to RouteTable with who may reach them: " + string.Join(", ", unclassified));
    }

    [Fact]
    public async Task EachPageLetsInExactlyTheRolesItsClassAllows()
    {
        var failures = new List<string>();
        foreach (var user in SignedInRoles.Prepend(null))
        {
            using var client = await app.SignedInAsync(user);
            foreach (var route in ServedPages())
            {
                var expected = RouteTable.Expected[route.Key];
                var response = await client.GetAsync(RouteTable.SamplePath(route.Template, app.Samples));
                var allowed = Allows(expected, user);
                var verdict = Verdict(response);
                if (allowed ? verdict != "open" : verdict == "open")
                {
                    failures.Add($"{route.Key} as {user ?? "anonymous"}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task AnApiKeyOpensNoPage()
    {
        using var client = app.CreateApiClient();
        var failures = new List<string>();
        foreach (var route in ServedPages().Where(r => RouteTable.Expected[r.Key] != Access.Anonymous))
        {
            var response = await client.GetAsync(RouteTable.SamplePath(route.Template, app.Samples));
            if (Verdict(response) == "open")
            {
                failures.Add(route.Key);
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EachApiEndpointAnswersOnlyTheKeysItsClassAllows()
    {
        var failures = new List<string>();
        using var sessionOnly = await app.SignedInAsync(MatrixApp.Administrator);
        var callers = new (string Name, HttpClient Client, Access? Reaches)[]
        {
            ("no key", app.CreateApiClient(key: null), null),
            ("administrator's browser session", sessionOnly, null),
            ("county key", app.CreateApiClient(app.OwnCountyKey), Access.ApiClient),
            ("administrator key", app.CreateApiClient(), Access.ApiAdministrator),
            ("exchange platform key", app.CreateApiClient(app.ExchangePlatformKey), Access.ExchangePlatform),
        };
        foreach (var route in app.ServedRoutes().Where(r => r.Template.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var expected = RouteTable.Expected.GetValueOrDefault(route.Key, Access.ApiAdministrator);
            foreach (var (name, client, reaches) in callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), RouteTable.SamplePath(route.Template, app.Samples));
                if (route.Method is "POST" or "PUT")
                {
                    request.Content = JsonContent.Create(RouteTable.SampleBody(route.Key));
                }

                var status = (await client.SendAsync(request)).StatusCode;
                var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var mayPass = Reaches(reaches, expected);
                if (refused == mayPass)
                {
                    failures.Add($"{route.Key} with {name}: {(int)status}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("/reviews/{Id:int}", MatrixApp.OwnReviewer, true)]
    [InlineData("/reviews/{Id:int}", MatrixApp.OwnSupervisor, true)]
    [InlineData("/reviews/{Id:int}", MatrixApp.OtherReviewer, false)]
    [InlineData("/reviews/{Id:int}", MatrixApp.OtherSupervisor, false)]
    [InlineData("/courses/{CourseNo}", MatrixApp.OwnReviewer, true)]
    [InlineData("/courses/{CourseNo}", MatrixApp.OtherReviewer, false)]
    [InlineData("/courses/{CourseNo}", MatrixApp.OtherSupervisor, false)]
    public async Task AReviewItemOrCourseShowsOnlyToItsCentreAndSupervisor(string template, string user, bool sees)
    {
        using var client = await app.SignedInAsync(user);

        var response = await client.GetAsync(RouteTable.SamplePath(template, app.Samples));
        var html = await response.Content.ReadAsStringAsync();

        // The course address forwards to its review item: forwarding there reveals the course as much as showing it.
        var forwarded = response.Headers.Location?.OriginalString.EndsWith($"/reviews/{app.Samples.ItemId}", StringComparison.Ordinal) == true;
        Assert.Equal(sees, forwarded || html.Contains(app.Samples.Marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/exports/statistics.xlsx?centre=63000", MatrixApp.OwnReviewer, true)]
    [InlineData("/exports/statistics.xlsx?centre=63000", MatrixApp.OtherReviewer, false)]
    [InlineData("/exports/statistics/backlog.xlsx?centre=63000", MatrixApp.OtherSupervisor, false)]
    [InlineData("/exports/courses.xlsx?centre=63000", MatrixApp.OwnSupervisor, true)]
    [InlineData("/exports/courses.xlsx?centre=63000", MatrixApp.OtherReviewer, false)]
    [InlineData("/exports/rosters.xlsx?centre=63000", MatrixApp.OwnReviewer, true)]
    [InlineData("/exports/rosters.xlsx?centre=63000", MatrixApp.OtherSupervisor, false)]
    [InlineData("/exports/queues/course.xlsx?centre=63000", MatrixApp.OwnReviewer, true)]
    [InlineData("/exports/queues/course.xlsx?centre=63000", MatrixApp.OtherSupervisor, false)]
    public async Task AnExportOfAnotherCentreIsRefused(string path, string user, bool may)
    {
        using var client = await app.SignedInAsync(user);

        var response = await client.GetAsync(path);

        Assert.Equal(may ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/teachers/export/unknown-reference")]
    [InlineData("/files/2147483647")]
    [InlineData("/preschool/exchange/runs/2147483647/file")]
    public async Task ADownloadThatDoesNotExistIsNotFound(string path)
    {
        using var client = await app.SignedInAsync(MatrixApp.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task AKeyOfAnotherCountyReadsNothingOfTheCourse()
    {
        using var own = app.CreateApiClient(app.OwnCountyKey);
        using var other = app.CreateApiClient(app.OtherCountyKey);
        var path = $"/api/v1/courses/{app.Samples.CourseNo}";

        var ownAnswer = await own.GetAsync(path);
        var otherAnswer = await other.GetAsync(path);

        Assert.Contains("\"segments\"", await ownAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(otherAnswer.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, otherAnswer.StatusCode.ToString());
        Assert.DoesNotContain("\"segments\"", await otherAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyOfAnotherCountyCannotChangeTheCourse()
    {
        using var other = app.CreateApiClient(app.OtherCountyKey);

        var response = await other.PutAsJsonAsync($"/api/v1/courses/{app.Samples.CourseNo}", ReviewScenario.MixedBody("改名測試"));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, response.StatusCode.ToString());
        Assert.Equal(1, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.CourseVersions, v => v.Course!.CourseNo == app.Samples.CourseNo)));
    }

    private IEnumerable<ServedRoute> ServedPages() =>
        app.ServedRoutes().Where(r => r.IsPage || (r.Method == "GET" && !r.Template.StartsWith("/api/", StringComparison.Ordinal) && r.Template != "/culture"));

    /// <summary>Keys reach their own class and below; the exchange platform's key reaches its endpoints and nothing else.</summary>
    private static bool Reaches(Access? key, Access expected) => key switch
    {
        null => false,
        Access.ExchangePlatform => expected == Access.ExchangePlatform,
        _ => expected != Access.ExchangePlatform && key >= expected,
    };

    private static bool Allows(Access access, string? user) => access switch
    {
        Access.Anonymous => true,
        Access.Staff => user is not null,
        Access.Supervisor => user is MatrixApp.OwnSupervisor or MatrixApp.Administrator,
        Access.Administrator => user is MatrixApp.Administrator,
        _ => false,
    };

    /// <summary>"open" when the page answered with itself; a redirect to sign-in or to no-access is a refusal.</summary>
    private static string Verdict(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/authentication/login", StringComparison.Ordinal) => "sign-in",
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/no-access", StringComparison.Ordinal) => "refused",
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "refused",
            _ => "open",
        };
    }
}

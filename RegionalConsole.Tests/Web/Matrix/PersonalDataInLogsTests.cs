using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web.Matrix;

/// <summary>
/// National IDs (身分證統一編號) never reach the logs, at the shipped log levels with the console's own categories
/// turned up to Debug: teacher sync (the ID is in the address), course submission, refused and malformed requests.
/// </summary>
public sealed partial class PersonalDataInLogsTests
{
    [Fact]
    public async Task TeacherSyncAndCourseSubmissionLogNoNationalId()
    {
        await using var app = new LoggedApp();
        using var api = app.CreateApiClient();
        await ReviewScenario.EnsureOrganiserAsync(app);

        await api.PutAsJsonAsync("/api/v1/teachers/A123456789", new { name = "王小明", servingInstitutionCode = ReviewScenario.Organiser });
        await api.PutAsJsonAsync("/api/v1/teachers/F223456781", new { name = "", servingInstitutionCode = "NOPE01" });
        await api.PutAsJsonAsync("/api/v1/teachers/Z923456780", new { name = "李老師", servingInstitutionCode = (string?)null });
        await api.PutAsync("/api/v1/teachers/H123456780", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        await api.PostAsJsonAsync("/api/v1/courses", CourseBodies.Valid(ReviewScenario.Organiser));
        using var stranger = app.CreateApiClient("not-a-key");
        await stranger.PutAsJsonAsync("/api/v1/teachers/A123456789", new { name = "王小明" });

        Assert.NotEmpty(app.Lines);
        var leaks = app.Lines.Where(line => NationalId().IsMatch(line)).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z][12ABCD89]\d{8}(?![0-9])")]
    private static partial Regex NationalId();

    private sealed class LoggedApp() : ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?> { ["Logging:LogLevel:RegionalConsole"] = "Debug" })
    {
        private readonly CaptureProvider _capture = new();

        public IReadOnlyCollection<string> Lines => _capture.Lines;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(_capture));
        }
    }

    private sealed class CaptureProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Capture(CaptureProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain.Sharing;
using RegionalConsole.Features.Announcements;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Announcements;

/// <summary>The app with a 4 KB upload limit, so limits are tested without megabytes of test data.</summary>
public sealed class SmallUploadLimitFactory() : ConsoleAppFactory(kestrel: false, new Dictionary<string, string?> { ["Sharing:MaxFileBytes"] = "4096" });

/// <summary>Uploading to 資源分享區 (limits, types by content, audit) and downloading within the audience.</summary>
public sealed class SharedFileTests(SmallUploadLimitFactory app) : IClassFixture<SmallUploadLimitFactory>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8, .. new byte[200]];

    [Fact]
    public async Task AFileOverTheLimitIsRefusedAndNothingIsStored()
    {
        var before = await CountAsync();

        var result = await UploadAsync("admin", "會議手冊.pdf", [.. Pdf, .. new byte[4096]], []);

        Assert.Equal(UploadRefusal.TooLarge, result.Refusal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AStreamLongerThanItsDeclaredSizeIsStillRefusedByTheBytesRead()
    {
        var before = await CountAsync();
        var user = await UserAsync(app, "admin");
        var bytes = Pdf.Concat(new byte[8000]).ToArray();

        var result = await Service(s => s.UploadAsync(user, "手冊.pdf", new MemoryStream(bytes), declaredSize: 100, null, []));

        Assert.Equal(UploadRefusal.TooLarge, result.Refusal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AProgramRenamedToPdfIsRefusedByItsContent()
    {
        var before = await CountAsync();

        var result = await UploadAsync("admin", "表單.pdf", [.. "MZ"u8, .. new byte[100]], []);

        Assert.Equal(UploadRefusal.ContentMismatch, result.Refusal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ATypeOutsideTheAllowListIsRefused()
    {
        var result = await UploadAsync("admin", "setup.exe", [.. "MZ"u8, .. new byte[100]], []);

        Assert.Equal(UploadRefusal.TypeNotAllowed, result.Refusal);
        Assert.Equal("UploadRefusedTypeNotAllowed", result.Errors!["file"]);
    }

    [Fact]
    public async Task AnUploadIsAuditedWithItsHash()
    {
        var result = await UploadAsync("supervisor-63000", "報名表.pdf", Pdf, []);

        var audit = await app.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.EntityType == "SharedFile" && a.EntityId == result.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("SharedFileUpload", audit.Action);
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerOfTheAudienceDownloadsTheFileAndAReviewerOfAnotherCentreGets404()
    {
        var result = await UploadAsync("admin", "臺北市研習表單.pdf", Pdf, ["63000"]);
        var url = $"/files/{result.Id}";

        var own = await GetAsync("reviewer-63000-1", url);
        var other = await GetAsync("reviewer-65000-1", url);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task ADownloadNeedsASignedInPerson()
    {
        var result = await UploadAsync("admin", "公開.pdf", Pdf, []);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/files/{result.Id}");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("/authentication/login", response.Headers.Location?.AbsolutePath ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerSeesInTheListOnlyTheFilesAddressedToThem()
    {
        var forOther = await UploadAsync("admin", "高雄市.pdf", Pdf, ["64000"]);
        var user = await UserAsync(app, "reviewer-63000-1");

        var list = await Service(s => s.ListAsync(user));

        Assert.DoesNotContain(list, f => f.Id == forOther.Id);
    }

    private Task<int> CountAsync() => app.WithDbAsync(db => db.SharedFiles.CountAsync());

    private async Task<T> Service<T>(Func<SharedFileService, Task<T>> call)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<SharedFileService>());
    }

    private async Task<UploadResult> UploadAsync(string userName, string fileName, byte[] bytes, string[] audience)
    {
        var user = await UserAsync(app, userName);
        return await Service(s => s.UploadAsync(user, fileName, new MemoryStream(bytes), bytes.Length, "說明", audience));
    }

    private async Task<HttpResponseMessage> GetAsync(string userName, string url)
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dev-signin?as={userName}")).StatusCode);
        return await client.GetAsync(url);
    }
}

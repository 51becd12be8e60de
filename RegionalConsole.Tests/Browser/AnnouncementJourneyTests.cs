using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AnnouncementJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task ASupervisorPublishesAndSharesAFileAndTheirReviewerReadsItFromTheDashboard()
    {
        var title = "研習取消程序宣導 " + Guid.NewGuid().ToString("N")[..4];
        var supervisor = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await supervisor.SignInFromListAsync("supervisor-63000");
            await supervisor.GotoAsync("/announcements");
            await supervisor.Page.Locator("input[data-testid=announcement-title]").FillAsync(title);
            await supervisor.Page.Locator("textarea[data-testid=announcement-body]").FillAsync("請轉知轄下學校：取消前應先通知已報名學員。");
            await supervisor.Page.Locator("textarea[data-testid=announcement-body]").PressAsync("Tab");
            await supervisor.ByTestId("announcement-submit").ClickAsync();
            await Assertions.Expect(supervisor.ByTestId("announcements")).ToContainTextAsync(title);

            await supervisor.Page.Locator("input[data-testid=file-input]").SetInputFilesAsync(new FilePayload
            {
                Name = "setup.exe",
                MimeType = "application/octet-stream",
                Buffer = [0x4D, 0x5A, 0, 0],
            });
            await supervisor.ByTestId("file-upload-submit").ClickAsync();
            await Assertions.Expect(supervisor.ByTestId("file-upload-message")).ToContainTextAsync("不接受此檔案類型");

            await supervisor.Page.Locator("input[data-testid=file-input]").SetInputFilesAsync(new FilePayload
            {
                Name = "取消通知範本.pdf",
                MimeType = "application/pdf",
                Buffer = [.. "%PDF-1.7\n"u8, .. new byte[64]],
            });
            await supervisor.ByTestId("file-upload-submit").ClickAsync();
            await Assertions.Expect(supervisor.ByTestId("file-upload-message")).ToContainTextAsync("已上傳");
            await Assertions.Expect(supervisor.ByTestId("shared-files")).ToContainTextAsync("取消通知範本.pdf");
        }
        finally
        {
            await supervisor.CloseAsync();
        }

        var reviewer = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await reviewer.SignInFromListAsync("reviewer-63000-1");
            await Assertions.Expect(reviewer.ByTestId("unread-announcements")).ToContainTextAsync(title);

            await reviewer.GotoAsync("/announcements");
            await reviewer.Page.GetByText(title, new() { Exact = true }).ClickAsync();
            await Assertions.Expect(reviewer.Page.GetByText("請轉知轄下學校：取消前應先通知已報名學員。")).ToBeVisibleAsync();

            await reviewer.GotoAsync("/");
            await Assertions.Expect(reviewer.ByTestId("dashboard-title")).ToBeVisibleAsync();
            await Assertions.Expect(reviewer.Page.GetByText(title)).ToHaveCountAsync(0);
        }
        finally
        {
            await reviewer.CloseAsync();
        }
    }
}

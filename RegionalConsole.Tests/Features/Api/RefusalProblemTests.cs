using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Tests.Features.Api;

/// <summary>A <see cref="Refusal"/> becomes problem details (RFC 9457) in one place, worded in the current culture.</summary>
public sealed class RefusalProblemTests
{
    private static T In<T>(string culture, Func<T> read)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void BadFieldsBecomeA400WithTheirMessagesByFieldInTheOrderNamed()
    {
        var errors = new ApiErrors();
        errors.Add("title", ApiMessages.Required());
        errors.Add("schedule[0].activity", ApiMessages.TooLong(500));
        errors.Add("title", ApiMessages.TagBlank());

        var problem = Assert.IsType<HttpValidationProblemDetails>(In("zh-TW", () => ApiAnswers.Problem(Refusal.Invalid(errors))));

        Assert.Equal(400, problem.Status);
        Assert.Equal("資料驗證失敗", problem.Title);
        Assert.Equal("https://tools.ietf.org/html/rfc9110#section-15.5.1", problem.Type);
        Assert.Equal(["title", "schedule[0].activity"], problem.Errors.Keys);
        Assert.Equal(["必填。", "屬性標籤不得為空白。"], problem.Errors["title"]);
        Assert.Equal(["長度不得超過 500 字。"], problem.Errors["schedule[0].activity"]);
    }

    [Fact]
    public void AForbiddenCourseIsA403WithItsDetailAndItsMessageKeyAsCode()
    {
        var refusal = Refusal.Forbidden(ApiMessages.OrganiserOutOfScope("213501"));

        var problem = In("zh-TW", () => ApiAnswers.Problem(refusal));

        Assert.Equal("OrganiserOutOfScope", refusal.Code);
        Assert.Equal(403, problem.Status);
        Assert.Equal("超出授權範圍", problem.Title);
        Assert.Equal("此金鑰無權代理開課單位 213501。", problem.Detail);
        Assert.IsNotType<HttpValidationProblemDetails>(problem);
    }

    [Fact]
    public void TheSameRefusalReadsInEnglishUnderAnEnglishCulture()
    {
        var refusal = Refusal.Conflict(ApiMessages.ExternalIdTaken("TN-1", "1150000001"));

        var problem = In("en", () => ApiAnswers.Problem(refusal));

        Assert.Equal(409, problem.Status);
        Assert.Equal("Conflicts with the current state", problem.Title);
        Assert.Equal("externalId “TN-1” is already course 1150000001; to change it use PUT /api/v1/courses/1150000001.", problem.Detail);
    }

    [Fact]
    public void AMissingNoticeIsA409ListingWhatIsMissing()
    {
        var refusal = Refusal.NoticeMissing([new NoticeGap(NoticeGapKind.ChannelMissing, 28), new NoticeGap(NoticeGapKind.TooFewRecipients, 28, 20)]);

        var problem = In("zh-TW", () => ApiAnswers.Problem(refusal));

        Assert.Equal(409, problem.Status);
        Assert.Equal("尚未完成報名教師通知", problem.Title);
        Assert.Equal(["缺少通知方式（notification.channel）。", "通知人數 20 少於報名人數 28；須通知所有報名教師。"],
            Assert.IsType<List<string>>(problem.Extensions["missing"]));
        Assert.Equal("缺少通知方式（notification.channel）。 通知人數 20 少於報名人數 28；須通知所有報名教師。", problem.Detail);
    }

    [Fact]
    public void WhatIsMissingFromANoticeReadsInEnglishToo()
    {
        var refusal = Refusal.NoticeMissing([new NoticeGap(NoticeGapKind.TooFewRecipients, 28, 20)]);

        var problem = In("en", () => ApiAnswers.Problem(refusal));

        Assert.Equal("20 teachers were notified but 28 are enrolled; every enrolled teacher must be notified.", problem.Detail);
    }

    [Fact]
    public void AMissingCalendarIsA503NamingTheYear()
    {
        var problem = In("zh-TW", () => ApiAnswers.Problem(Refusal.CalendarMissing(new DateTime(2027, 1, 4, 2, 0, 0, DateTimeKind.Utc))));

        Assert.Equal(503, problem.Status);
        Assert.Equal("辦公日曆未匯入", problem.Title);
        Assert.Contains("2027 年起", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHttpAnswerIsWordedWhenWrittenInTheRequestsCulture()
    {
        var result = Refusal.NotFound(ApiMessages.CourseNotFound("1150000009")).ToHttp();
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        await In("en", () => result.ExecuteAsync(http));

        Assert.Equal(404, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Response.Body);
        Assert.Equal("Not found", body.GetProperty("title").GetString());
        Assert.Equal("There is no course 1150000009.", body.GetProperty("detail").GetString());
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }
}

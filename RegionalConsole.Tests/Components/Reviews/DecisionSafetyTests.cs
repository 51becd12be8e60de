using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

/// <summary>Final decisions ask first; reasons start from the administrators' templates (issue #19 items 1 and 6).</summary>
public sealed class DecisionSafetyTests : ComponentTestContext
{
    [Fact]
    public async Task TheConfirmationSaysWhatHappensAndConfirmingAnswersOk()
    {
        var (dialog, reference) = await ShowConfirmationAsync();

        Assert.Equal("115A0123 將判定為不通過。這是最終決定，送出後無法更改。", dialog.Find("[data-testid=confirm-decision-text]").TextContent.Trim());
        dialog.Find("[data-testid=confirm-decision]").Click();

        Assert.False((await reference.Result)!.Canceled);
    }

    [Fact]
    public async Task CancellingTheConfirmationDecidesNothing()
    {
        var (dialog, reference) = await ShowConfirmationAsync();

        dialog.Find("[data-testid=confirm-decision-cancel]").Click();

        Assert.True((await reference.Result)!.Canceled);
    }

    [Fact]
    public void EnterConfirmsAndEscapeCancels()
    {
        // The confirm button is the dialog's last focusable element and gets the focus: Enter presses it; Esc closes.
        Assert.Equal(DefaultFocus.LastChild, ConfirmDecisionDialog.Options.DefaultFocus);
        Assert.True(ConfirmDecisionDialog.Options.CloseOnEscapeKey);
    }

    [Fact]
    public void RejectAndARostersApprovalAskFirstButAReturnDoesNot()
    {
        Assert.NotNull(DecisionConfirmation.Question(Text, ReviewKind.Course, ReviewDecision.Reject("不予認列。"), "115A0123", null));
        Assert.NotNull(DecisionConfirmation.Question(Text, ReviewKind.Roster, ReviewDecision.Approve(), "115A0123", null));
        Assert.Null(DecisionConfirmation.Question(Text, ReviewKind.Course, ReviewDecision.Return("請補充。"), "115A0123", null));
        Assert.Null(DecisionConfirmation.Question(Text, ReviewKind.Course, ReviewDecision.Approve(), "115A0123", null));
    }

    [Fact]
    public void TheOutcomeMessageNamesTheCourse() =>
        Assert.Equal("115A0123 已審核通過。", DecisionConfirmation.Outcome(Text, ReviewKind.Course, ReviewOutcome.Approved, "115A0123", null));

    [Fact]
    public async Task APickedTemplateFillsTheReasonAndCountsAUse()
    {
        var id = await AddTemplateAsync(ReasonKind.Return, "請補充課程大綱，說明各時段的研習內容。");
        await AddTemplateAsync(ReasonKind.TagRemoval, "不該出現在決定的理由欄。");
        var popovers = Render<MudPopoverProvider>();
        string? reason = null;
        var panel = Render<DecisionPanel>(p => p.Add(x => x.ReasonChanged, v => reason = v));

        panel.Find("[data-testid=decision-templates] button").Click();
        var items = popovers.WaitForElements("[data-testid=reason-template]");
        Assert.Single(items);
        items[0].Click();

        Assert.Equal("請補充課程大綱，說明各時段的研習內容。", reason);
        Assert.Equal(1, await UseCountAsync(id));
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Dialog, IDialogReference Reference)> ShowConfirmationAsync()
    {
        var provider = Render<MudDialogProvider>();
        var question = DecisionConfirmation.Question(Text, ReviewKind.Course, ReviewDecision.Reject("不予認列。"), "115A0123", null)!.Value;
        var reference = await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<ConfirmDecisionDialog>(
            question.Title, new DialogParameters<ConfirmDecisionDialog> { { d => d.Text, question.Text }, { d => d.ConfirmLabel, question.Button } },
            ConfirmDecisionDialog.Options));
        return (provider, reference);
    }

    private async Task<int> AddTemplateAsync(ReasonKind kind, string text)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var template = ReasonTemplate.Create(kind, text, Clock.GetUtcNow().UtcDateTime).Template!;
        db.ReasonTemplates.Add(template);
        await db.SaveChangesAsync();
        return template.Id;
    }

    private async Task<int> UseCountAsync(int id)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        return await db.ReasonTemplates.Where(t => t.Id == id).Select(t => t.UseCount).SingleAsync();
    }
}

using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Accounts;

/// <summary>A new account, or an account's replacement. <see cref="Enabled"/> omitted: a new account is enabled, a stored one keeps its state.</summary>
public sealed record AccountBody(string? UserName, string? DisplayName, string? Email, string? Subject, string? Role, string? Centre,
    string? Supervises, bool? Enabled);

public sealed record AccountList(IReadOnlyList<AccountAnswer> Items);

public sealed record CentreAnswer(string Code, string Name, int EnabledReviewers);

public sealed record CentreList(IReadOnlyList<CentreAnswer> Items);

/// <summary>帳號管理 through the API (SPEC §13.1): administrator keys only, every change audited.</summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/accounts", async (HttpContext http, IDbContextFactory<ConsoleDbContext> contexts) =>
        {
            if (!ApiCaller.From(http.User).IsAdministrator)
            {
                return Refusal.Forbidden(ApiMessages.AccountsAdministratorsOnly()).ToHttp();
            }

            await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
            var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(http.RequestAborted);
            return Results.Ok(new AccountList([.. accounts.Select(AccountAnswer.From)]));
        })
        .Produces<AccountList>()
        .WithSummary("列出所有主控台帳號（僅管理者金鑰）");

        api.MapPost("/accounts", async (HttpContext http, AccountAdminService accounts, IOptions<JsonOptions> json) =>
            await SaveAsync(http, accounts, json.Value, id: null))
        .Accepts<AccountBody>("application/json")
        .Produces<AccountAnswer>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("建立主控台帳號（僅管理者金鑰）：審核人員須有 centre，督導須有 supervises（縣市代碼或 K12EA）");

        api.MapPut("/accounts/{id:int}", async (int id, HttpContext http, AccountAdminService accounts, IOptions<JsonOptions> json) =>
            await SaveAsync(http, accounts, json.Value, id))
        .Accepts<AccountBody>("application/json")
        .Produces<AccountAnswer>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("修改主控台帳號（僅管理者金鑰）：角色、範圍、停用或啟用");

        api.MapGet("/centres", async (HttpContext http, IDbContextFactory<ConsoleDbContext> contexts) =>
        {
            if (!ApiCaller.From(http.User).IsAdministrator)
            {
                return Refusal.Forbidden(ApiMessages.AccountsAdministratorsOnly()).ToHttp();
            }

            await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
            var staffing = await CentreStaffing.ReadAsync(db, http.RequestAborted);
            var centres = await db.Centres.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.Name }).ToListAsync(http.RequestAborted);
            return Results.Ok(new CentreList([.. centres.Select(c => new CentreAnswer(c.Code, c.Name, staffing.EnabledReviewers(c.Code)))]));
        })
        .Produces<CentreList>()
        .WithSummary("列出區域管理中心及其啟用中的審核人員數（僅管理者金鑰）");
        return api;
    }

    private static async Task<IResult> SaveAsync(HttpContext http, AccountAdminService accounts, JsonOptions json, int? id)
    {
        var caller = ApiCaller.From(http.User);
        if (!caller.IsAdministrator)
        {
            return Refusal.Forbidden(ApiMessages.AccountsAdministratorsOnly()).ToHttp();
        }

        var (body, problem) = await ApiBody.ReadAsync<AccountBody>(http.Request, json.SerializerOptions);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ApiErrors();
        var role = errors.Enum<ConsoleRole>("role", body!.Role);
        errors.Required("userName", body.UserName, AccountRules.MaxUserName);
        errors.Required("displayName", body.DisplayName, AccountRules.MaxDisplayName);
        if (errors.Any)
        {
            return Refusal.Invalid(errors).ToHttp();
        }

        var enabled = body.Enabled ?? (id is null || await accounts.IsEnabledAsync(id.Value, http.RequestAborted) != false);
        var entry = new AccountEntry(body.UserName!, body.DisplayName!, body.Email, body.Subject, role!.Value, body.Centre, body.Supervises, enabled);
        var saved = await accounts.SaveAsync(AccountActor.Administrator(caller.Actor), id, entry, http.RequestAborted);
        switch (saved.Status)
        {
            case AccountSaveStatus.Saved:
                var answer = AccountAnswer.From(saved.Account!);
                return id is null ? Results.Created($"/api/v1/accounts/{answer.Id}", answer) : Results.Ok(answer);
            case AccountSaveStatus.Missing:
                return Refusal.NotFound(ApiMessages.AccountNotFound(id!.Value)).ToHttp();
            case AccountSaveStatus.Duplicate:
                // The account's words are shared with the accounts page and the command line (AccountMessages).
                return Refusal.Conflict(ApiMessage.Text(string.Join(" ", saved.Problems.Select(AccountMessages.For)))).ToHttp();
            case AccountSaveStatus.Raced:
                return Refusal.Conflict(ApiMessage.Text(AccountMessages.Raced)).ToHttp();
            default:
                foreach (var bad in saved.Problems)
                {
                    errors.Add(AccountMessages.FieldName(bad.Field), AccountMessages.For(bad));
                }

                return Refusal.Invalid(errors).ToHttp();
        }
    }
}

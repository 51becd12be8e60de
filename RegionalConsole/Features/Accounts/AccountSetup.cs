namespace RegionalConsole.Features.Accounts;

/// <summary>帳號管理 (SPEC §13.1): the service the page, the API and the command line share; the endpoints are <see cref="AccountEndpoints"/>.</summary>
public static class AccountSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) => services.AddScoped<AccountAdminService>();
}

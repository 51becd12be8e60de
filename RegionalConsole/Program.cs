using RegionalConsole.Auth;
using RegionalConsole.Components;
using RegionalConsole.Data;
using RegionalConsole.Data.Seeding;
using RegionalConsole.Features;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsoleDatabase();
builder.AddConsoleAuth();
builder.AddConsoleApi();
builder.AddConsoleFeatures();
builder.AddConsoleUi();

var app = builder.Build();

// `dotnet run --project RegionalConsole -- seed --courses 1000000` fills a database of any size and exits.
if (args is ["seed", .. var seedArgs])
{
    await app.Services.SeedDemoAsync(DemoOptions.FromArgs(seedArgs));
    return;
}

// `dotnet RegionalConsole.dll accounts add --user-name … --role Administrator` opens an account for scripted installs.
if (args is ["accounts", .. var accountArgs])
{
    Environment.ExitCode = await app.Services.RunAccountsCommandAsync(accountArgs);
    return;
}

// `dotnet RegionalConsole.dll backup --to /backups/console-20261205.db` copies the live SQLite database and exits.
if (args is ["backup", .. var backupArgs])
{
    Environment.ExitCode = await app.Services.RunBackupCommandAsync(backupArgs);
    return;
}

await app.Services.PrepareDatabaseAsync();
app.UseConsolePipeline();
app.MapConsoleAuthEndpoints();
app.MapConsoleApi().MapFeatureEndpoints();
app.MapFeatureDownloads();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapConsoleTelemetry();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>Entry point; public so tests can host the app.</summary>
public partial class Program;

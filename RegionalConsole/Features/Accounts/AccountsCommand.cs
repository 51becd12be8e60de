using System.Text.Json;
using RegionalConsole.Data;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Accounts;

/// <summary>
/// The <c>accounts add</c> verb for scripted installs (SPEC §13.1): the same rules as the accounts page and the API.
/// Exit code 0: created, and printed as the API shows it; 2: nothing stored, and the message names what is wrong.
/// </summary>
public static class AccountsCommand
{
    public const int Created = 0;
    public const int Refused = 2;

    /// <summary>Who the audit log names as having made the account.</summary>
    public const string Actor = "cli:accounts add";

    public const string Usage =
        "Usage: accounts add --user-name NAME --display-name NAME --role Administrator|Supervisor|Reviewer " +
        "[--email E] [--subject S] [--centre CODE] [--supervises CODE]";

    private static readonly string[] Options = ["--user-name", "--display-name", "--role", "--email", "--subject", "--centre", "--supervises"];

    public static Task<int> RunAccountsCommandAsync(this IServiceProvider services, string[] args) =>
        RunAsync(services, args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not ["add", .. var rest] || Parse(rest, error) is not { } values)
        {
            await error.WriteLineAsync(Usage);
            return Refused;
        }

        var missing = Options[..3].Where(o => !values.ContainsKey(o)).ToList();
        if (missing.Count > 0)
        {
            await error.WriteLineAsync($"Missing option: {string.Join(", ", missing)}.");
            await error.WriteLineAsync(Usage);
            return Refused;
        }

        if (!Enum.TryParse<ConsoleRole>(values["--role"], ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(values["--role"], out _))
        {
            await error.WriteLineAsync($"--role: unknown role \"{values["--role"]}\"; use Administrator, Supervisor or Reviewer.");
            return Refused;
        }

        // The schema and reference data (the centres) must exist before an account can name its centre.
        await services.MigrateDatabaseAsync(ct);
        var entry = new AccountEntry(values["--user-name"], values["--display-name"], values.GetValueOrDefault("--email"),
            values.GetValueOrDefault("--subject"), role, values.GetValueOrDefault("--centre"), values.GetValueOrDefault("--supervises"));
        await using var scope = services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<AccountAdminService>()
            .SaveAsync(AccountActor.Administrator(Actor), id: null, entry, ct);
        if (saved.Status == AccountSaveStatus.Saved)
        {
            var json = new JsonSerializerOptions();
            ApiSetup.Configure(json);
            await output.WriteLineAsync(JsonSerializer.Serialize(AccountAnswer.From(saved.Account!), json));
            return Created;
        }

        foreach (var problem in saved.Problems)
        {
            await error.WriteLineAsync($"--{Kebab(problem.Field)}: {AccountMessages.For(problem)}");
        }

        if (saved.Status == AccountSaveStatus.Raced)
        {
            await error.WriteLineAsync(AccountMessages.Raced);
        }

        return Refused;
    }

    /// <summary>Option → value; null (after saying why) for an unknown option or one without a value.</summary>
    private static Dictionary<string, string>? Parse(string[] args, TextWriter error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!Options.Contains(args[i], StringComparer.Ordinal))
            {
                error.WriteLine($"Unknown option \"{args[i]}\".");
                return null;
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error.WriteLine($"{args[i]} needs a value.");
                return null;
            }

            values[args[i]] = args[i + 1];
        }

        return values;
    }

    private static string Kebab(AccountField field) => field switch
    {
        AccountField.UserName => "user-name",
        AccountField.DisplayName => "display-name",
        _ => AccountMessages.FieldName(field),
    };
}

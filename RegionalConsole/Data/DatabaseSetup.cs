using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RegionalConsole.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    /// <summary>One name for every node and every install path: keys are shared only between equal names.</summary>
    private const string DataProtectionApplication = "RegionalConsole";

    /// <summary>Database:Provider and ConnectionStrings:Console (SPEC §12); SQLite under the data folder by default.</summary>
    public static IHostApplicationBuilder AddConsoleDatabase(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var provider = ProviderFrom(config);

        var connectionString = config.GetConnectionString("Console");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Console is required when Database:Provider is Postgres.");
        }

        connectionString ??= DefaultSqliteConnectionString(builder.Environment.ContentRootPath);
        var services = builder.Services;
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContextFactory<SqliteConsoleDbContext>((sp, o) => ConfigureSqlite(o, connectionString).AddInterceptors(ChangeInterceptors(sp)));
            services.AddSingleton<IDbContextFactory<ConsoleDbContext>, ConsoleDbContextFactory<SqliteConsoleDbContext>>();
            services.AddDataProtection().SetApplicationName(DataProtectionApplication).PersistKeysToDbContext<SqliteConsoleDbContext>();
        }
        else
        {
            services.AddDbContextFactory<PostgresConsoleDbContext>((sp, o) => ConfigurePostgres(o, connectionString).AddInterceptors(ChangeInterceptors(sp)));
            services.AddSingleton<IDbContextFactory<ConsoleDbContext>, ConsoleDbContextFactory<PostgresConsoleDbContext>>();
            // Keys in the database: a cookie or circuit issued by one node is read by every other node.
            services.AddDataProtection().SetApplicationName(DataProtectionApplication).PersistKeysToDbContext<PostgresConsoleDbContext>();
        }

        services.AddSingleton(new DatabaseInfo(provider, connectionString));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>Database:Provider, Sqlite when unset; other start-up code (the queue notifier) chooses by it too.</summary>
    public static DatabaseProvider ProviderFrom(IConfiguration config)
    {
        var providerText = config["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        return Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{providerText}' is not supported; use Sqlite or Postgres.");
    }

    internal static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "console.db")}";
    }

    /// <summary>Every context of the app records course changes for the feed (SPEC §14.2) in the transaction that makes them.</summary>
    private static IInterceptor[] ChangeInterceptors(IServiceProvider services) =>
        [ChangeCapture.Instance, new ChangeJournal(services.GetRequiredService<TimeProvider>())];

    internal static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(ConsoleDbContext).Assembly.FullName))
            .AddInterceptors(SqliteBusyTimeout.Instance, SqliteInterrupt.Instance);

    internal static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);
}

public sealed record DatabaseInfo(DatabaseProvider Provider, string ConnectionString);

/// <summary>Hands out the provider's context as the common base type, one per operation (Blazor circuits live long).</summary>
internal sealed class ConsoleDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ConsoleDbContext>
    where TContext : ConsoleDbContext
{
    public ConsoleDbContext CreateDbContext() => inner.CreateDbContext();
}

// Design-time factories: `dotnet ef migrations add` builds each provider's model without starting the app.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConsoleDbContext>
{
    public SqliteConsoleDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteConsoleDbContext>();
        DatabaseSetup.ConfigureSqlite(options, "Data Source=design.db");
        return new SqliteConsoleDbContext(options.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresConsoleDbContext>
{
    public PostgresConsoleDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresConsoleDbContext>();
        DatabaseSetup.ConfigurePostgres(options, "Host=localhost;Database=design");
        return new PostgresConsoleDbContext(options.Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Infrastructure.Data;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    /// <summary>Sqlite (default, file in the data folder) or Postgres.</summary>
    public string Provider { get; set; } = "Sqlite";
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}

public static class DatabaseSetup
{
    public static IHostApplicationBuilder AddDangBoDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName);
        // Options are read when the first context is made, so every configuration source (tests included) has been applied;
        // they are built once, and contexts are pooled: a request takes a ready context instead of building EF's services
        // for a new one (about a tenth of an uncached article page's time). What interceptors keep per context is
        // per lease (PerContext), so nothing of one request reaches the next.
        builder.Services.AddDbContextPool<DangBoDbContext>((services, db) =>
        {
            var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (options.IsPostgres)
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
                }
                db.UseNpgsql(WithoutSessionReset(options.ConnectionString));
                // The hot queries whose plan does not depend on their arguments are prepared (PreparedQueries).
                db.AddInterceptors(PreparingInterceptor.Instance);
            }
            else
            {
                var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? $"Data Source={Path.Combine(services.GetRequiredService<DataFolder>().Path, "dangbo.db")}"
                    : options.ConnectionString;
                db.UseSqlite(connectionString);
            }
            // Modules register their interceptors as singleton IInterceptor: the search index follows content
            // saves, and the output cache evicts the public pages a save changes.
            db.AddInterceptors(services.GetServices<IInterceptor>());
            // Migrations are written by hand (no design-time package), so there is no model snapshot to compare.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddSingleton(services => DataFolder.Resolve(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<DangBoDbContext>("database");
        return builder;
    }

    /// <summary>
    /// Npgsql resets a connection's session (DISCARD ALL) whenever it goes back to the pool, and EF closes the connection
    /// after every query: each query of a page was sent with a DISCARD ALL before it, which makes the server reset every
    /// setting and drop its cached plans, three times for an article. The app leaves no session state behind (no SET
    /// outside a transaction, no temporary tables, no advisory locks held), so the reset is skipped, as Npgsql's own
    /// benchmarks do. A connection string that names the setting keeps its own choice.
    /// </summary>
    internal static string WithoutSessionReset(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("reset", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }
}

/// <summary>The folder holding the SQLite file and uploaded media: Storage:DataFolder, or ./data.</summary>
public sealed class DataFolder(string path)
{
    public string Path { get; } = path;

    public static DataFolder Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Storage:DataFolder"];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "data")
            : System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return new DataFolder(folder);
    }
}

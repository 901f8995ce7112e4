using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataFolder = DataFolder.Resolve(builder.Configuration, builder.Environment);

        builder.Services.AddDbContext<DangBoDbContext>(db =>
        {
            if (options.IsPostgres)
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
                }
                db.UseNpgsql(options.ConnectionString);
            }
            else
            {
                var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? $"Data Source={Path.Combine(dataFolder, "dangbo.db")}"
                    : options.ConnectionString;
                db.UseSqlite(connectionString);
            }
            // Migrations are written by hand (no design-time package), so there is no model snapshot to compare.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<DangBoDbContext>("database");
        return builder;
    }
}

public static class DataFolder
{
    /// <summary>The folder holding the SQLite file and uploaded media: Storage:DataFolder, or ./data.</summary>
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Storage:DataFolder"];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "data")
            : Path.GetFullPath(configured, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return folder;
    }
}

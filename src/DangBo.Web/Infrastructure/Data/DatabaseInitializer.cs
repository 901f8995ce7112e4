using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Infrastructure.Data;

/// <summary>Something that fills an empty database (the demo province), run after migrations.</summary>
public interface IDatabaseSeeder
{
    Task SeedIfEmptyAsync(CancellationToken ct);
}

public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations, then seeds the demo province into an empty database when Demo:SeedOnStart is on.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, bool seedDemo = true, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        // A migration may build an index over every entry (the search indexes at a million articles take a minute or more on
        // PostgreSQL): the 30 seconds meant for page queries would abort it half way through an upgrade.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync(ct);
        db.Database.SetCommandTimeout(null);
        if (db.Database.IsSqlite())
        {
            // Readers keep reading while the editor or the visit counter writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        if (seedDemo && configuration.GetValue("Demo:SeedOnStart", true))
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
            {
                await seeder.SeedIfEmptyAsync(ct);
            }
        }
    }
}

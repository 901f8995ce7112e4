using System.Data.Common;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangBo.Web.Tests.Infrastructure.Data;

/// <summary>
/// The hand-written migrations must build exactly the schema the model describes, on both providers:
/// a database made by migrating is compared with one made from the model.
/// </summary>
public class MigrationSchemaTests
{
    [Fact]
    public async Task Migrations_OnSqlite_ProduceTheModelSchema()
    {
        var folder = Directory.CreateTempSubdirectory("dangbo-schema-").FullName;
        try
        {
            var migrated = await DescribeAsync(b => b.UseSqlite($"Data Source={Path.Combine(folder, "m.db")};Pooling=false"), migrate: true);
            var created = await DescribeAsync(b => b.UseSqlite($"Data Source={Path.Combine(folder, "c.db")};Pooling=false"), migrate: false);
            Assert.Equal(created, migrated);
            Assert.Contains(migrated, l => l.StartsWith("Articles.Title ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Migrations_OnPostgres_ProduceTheModelSchema()
    {
        var migratedDb = await TestPostgres.CreateDatabaseAsync();
        var createdDb = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var migrated = await DescribeAsync(b => b.UseNpgsql(migratedDb), migrate: true);
            var created = await DescribeAsync(b => b.UseNpgsql(createdDb), migrate: false);
            Assert.Equal(created, migrated);
            Assert.Contains(migrated, l => l.StartsWith("Articles.Title character varying", StringComparison.Ordinal));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(migratedDb);
            await TestPostgres.DropDatabaseAsync(createdDb);
        }
    }

    [Fact]
    public async Task Migrate_OnExistingDatabase_KeepsItsData()
    {
        var folder = Directory.CreateTempSubdirectory("dangbo-upgrade-").FullName;
        try
        {
            var options = Options(b => b.UseSqlite($"Data Source={Path.Combine(folder, "u.db")};Pooling=false"));
            await using (var db = new DangBoDbContext(options))
            {
                await db.Database.MigrateAsync();
                db.Units.Add(new Web.Modules.Organisation.Models.OrganisationUnit { Name = "Tỉnh ủy Thử nghiệm", Slug = "tinh-uy-thu-nghiem" });
                await db.SaveChangesAsync();
            }
            await using (var db = new DangBoDbContext(options))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal("Tỉnh ủy Thử nghiệm", (await db.Units.SingleAsync()).Name);
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static DbContextOptions<DangBoDbContext> Options(Action<DbContextOptionsBuilder<DangBoDbContext>> configure)
    {
        var builder = new DbContextOptionsBuilder<DangBoDbContext>();
        configure(builder);
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder.Options;
    }

    private static async Task<List<string>> DescribeAsync(Action<DbContextOptionsBuilder<DangBoDbContext>> configure, bool migrate)
    {
        await using var db = new DangBoDbContext(Options(configure));
        if (migrate)
        {
            await db.Database.MigrateAsync();
        }
        else
        {
            await db.Database.EnsureCreatedAsync();
        }
        var query = db.Database.IsSqlite() ? SqliteSchemaQuery : PostgresSchemaQuery;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        var lines = new List<string>();
        await using (DbDataReader reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }
        lines.RemoveAll(l => l.Contains("__EFMigrations", StringComparison.Ordinal));
        // The search migration adds each database's full-text structure outside the model (FTS5 table and its
        // shadow tables, the narrow filter index FTS5 matches join through and the date index newest-first searches walk;
        // tsvector columns and their GIN index); the search contract tests cover them by behaviour.
        lines.RemoveAll(l => SearchIndexObjects.Any(o => l.Contains(o, StringComparison.Ordinal)));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static readonly string[] SearchIndexObjects = ["SearchFts", "SearchEntries.SearchVector ", "SearchEntries.ExactVector ", "SearchEntries.TitleVector ", "SearchEntries.SummaryVector ", "IX_SearchEntries_SearchVector", "IX_SearchEntries_TitleVector", "IX_SearchEntries_Filters", "IX_SearchEntries_Newest", "IX_SearchEntries_ExactVector", "IX_SearchEntries_PublishedAt"];

    private const string SqliteSchemaQuery = """
        SELECT m.name || '.' || c.name || ' ' || c.type || ' notnull=' || c."notnull" || ' pk=' || c.pk
        FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        UNION ALL
        SELECT 'index ' || m.tbl_name || ' ' || m.name || ' ' || il."unique" || ' ' || (SELECT group_concat(ii.name, ',') FROM pragma_index_info(m.name) ii)
        FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) il ON il.name = m.name WHERE m.type = 'index' AND m.name NOT LIKE 'sqlite_%'
        UNION ALL
        SELECT 'fk ' || m.name || '.' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
        """;

    private const string PostgresSchemaQuery = """
        SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || ' null=' || is_nullable || ' identity=' || is_identity
        FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL
        SELECT 'fk ' || tc.table_name || ' ' || tc.constraint_name || ' ' || rc.delete_rule
        FROM information_schema.table_constraints tc
        JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
        """;
}

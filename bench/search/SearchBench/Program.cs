using System.Diagnostics;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Search.Models;
using DangBo.Web.Modules.Search.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SearchBench;

// Usage: dotnet run -c Release -- <sqlite|postgres> <N> [postgres admin connection string]
// ROUNDS (default 12) passes over the query set; the first two warm caches and are not counted.
if (args.Length < 2 || !int.TryParse(args[1], out var n))
{
    Console.Error.WriteLine("usage: SearchBench <sqlite|postgres> <N> [postgres admin connection string]");
    return 2;
}
var provider = args[0];
// FROM_SQLITE (PostgreSQL only): fill a new database by copying the search entries of a SQLite bench database of the same N.
var fromSqlite = provider == "postgres" ? Environment.GetEnvironmentVariable("FROM_SQLITE") : null;
string? pgDatabase = null;
string connection;
var folder = Directory.CreateTempSubdirectory("dangbo-bench-").FullName;
if (provider == "postgres")
{
    var admin = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("DANGBO_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Give the PostgreSQL admin connection string.");
    // PG_DB names a database to keep and reuse, like BENCH_DB on SQLite: created if missing, kept afterwards.
    pgDatabase = Environment.GetEnvironmentVariable("PG_DB") ?? "dangbo_bench_" + Guid.NewGuid().ToString("N")[..8];
    await using (var c = new NpgsqlConnection(admin))
    {
        await c.OpenAsync();
        var exists = await new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{pgDatabase}'", c).ExecuteScalarAsync() is not null;
        if (!exists)
        {
            await new NpgsqlCommand($"CREATE DATABASE \"{pgDatabase}\" ENCODING 'UTF8' TEMPLATE template0", c).ExecuteNonQueryAsync();
        }
    }
    connection = new NpgsqlConnectionStringBuilder(admin) { Database = pgDatabase }.ConnectionString;
}
else
{
    // BENCH_DB keeps the SQLite file: a second run on the same N skips generation and index build (for profiling queries).
    connection = $"Data Source={Environment.GetEnvironmentVariable("BENCH_DB") ?? Path.Combine(folder, "bench.db")}";
}

DangBoDbContext NewContext()
{
    var b = new DbContextOptionsBuilder<DangBoDbContext>();
    if (provider == "postgres") { b.UseNpgsql(connection); } else { b.UseSqlite(connection); }
    b.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    if (Environment.GetEnvironmentVariable("SQL_LOG") is not null)
    {
        // Each command with its time, to see which part of a search is slow.
        b.LogTo(Console.WriteLine, [RelationalEventId.CommandExecuted]);
    }
    return new DangBoDbContext(b.Options);
}

try
{
    var now = new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);
    int portalId;
    List<int> categoryIds;
    var reuse = false;
    await using (var db = NewContext())
    {
        reuse = Environment.GetEnvironmentVariable(provider == "sqlite" ? "BENCH_DB" : "PG_DB") is not null
            && await db.Database.CanConnectAsync() && (await db.Database.GetAppliedMigrationsAsync()).Any()
            // Entries alone will do (a PostgreSQL database filled by copying a SQLite bench's entries): queries read only them.
            && (await db.Articles.CountAsync() == n || await db.SearchEntries.CountAsync() == n);
    }
    if (reuse)
    {
        await using var db = NewContext();
        // A kept database gets the migrations added since it was made (e.g. a new index), as the application would at start.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync();
        portalId = await db.Portals.Select(p => p.Id).FirstAsync();
        categoryIds = await db.Categories.Select(c => c.Id).ToListAsync();
    }
    else
    await using (var db = NewContext())
    {
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        var unit = new OrganisationUnit { Name = "Tỉnh ủy Sơn Hà", Slug = "tinh-uy", Path = "/" };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        var portal = new Portal { Name = "Cổng thông tin", UnitId = unit.Id, IsRoot = true, Slug = "" };
        db.Portals.Add(portal);
        await db.SaveChangesAsync();
        var categories = ArticleGenerator.CategoryNames.Select(c => new Category { PortalId = portal.Id, Name = c.Name, Slug = c.Slug }).ToList();
        db.Categories.AddRange(categories);
        await db.SaveChangesAsync();
        portalId = portal.Id;
        categoryIds = categories.Select(c => c.Id).ToList();
    }

    // Articles are written without the index (no interceptor on these contexts); the index is then built in one go.
    var generator = new ArticleGenerator(seed: 2026);
    var watch = Stopwatch.StartNew();
    var loaded = false;
    if (!reuse && fromSqlite is not null)
    {
        // FROM_SQLITE: the index entries of an already built SQLite bench database of the same N are copied, no articles.
        await using var db = NewContext();
        await SqliteCopy.CopyEntriesAsync(fromSqlite, db, n, portalId, categoryIds);
        loaded = true;
    }
    for (var written = reuse || loaded ? n : 0; written < n;)
    {
        await using var db = NewContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = Math.Min(2000, n - written);
        for (var i = 0; i < batch; i++)
        {
            db.Articles.Add(generator.Next(written + i, portalId, categoryIds, now));
        }
        await db.SaveChangesAsync();
        written += batch;
    }
    var generation = watch.Elapsed;

    watch.Restart();
    int entries;
    if (reuse && Environment.GetEnvironmentVariable("REBUILD") is not null)
    {
        // REBUILD=1 with a kept BENCH_DB times the index build again on the same articles (what reindex does).
        await using var db = NewContext();
        var read = Stopwatch.StartNew();
        var folded = 0;
        await foreach (var _ in ArticleSearchSource.AllAsync(db))
        {
            folded++;
        }
        Console.WriteLine($"  reading and folding {folded} articles alone: {read.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        await using var source = NewContext();
        entries = await new SearchIndexRebuilder(db, SearchIndexes.For(db)).RebuildAsync(source);
    }
    else if (reuse || loaded)
    {
        await using var db = NewContext();
        entries = await db.SearchEntries.CountAsync();
    }
    else
    await using (var db = NewContext())
    await using (var source = NewContext())
    {
        entries = await new SearchIndexRebuilder(db, SearchIndexes.For(db)).RebuildAsync(source);
    }
    var build = watch.Elapsed;

    // A fixed mixed set: common and rare words, with and without diacritics, phrases, codes, filters, newest-first.
    (string Query, SearchSort Sort, bool Recent)[] queries =
    [
        ("dang bo", SearchSort.Relevance, false), ("Đảng bộ", SearchSort.Relevance, false), ("chuyen doi so", SearchSort.Relevance, false),
        ("chuyển đổi số", SearchSort.Newest, false), ("\"nong thon moi\"", SearchSort.Relevance, false), ("06-NQ/TU", SearchSort.Relevance, false),
        ("12 ct tu", SearchSort.Relevance, false), ("xa hoa binh", SearchSort.Relevance, false), ("Đắk Mil", SearchSort.Relevance, false),
        ("phong chong tham nhung", SearchSort.Relevance, true), ("dan van kheo", SearchSort.Newest, false), ("ket nap dang vien", SearchSort.Relevance, false),
        ("giam ngheo ben vung", SearchSort.Relevance, true), ("quoc phong", SearchSort.Relevance, false), ("khong co ket qua nao", SearchSort.Relevance, false),
        ("tinh uy", SearchSort.Relevance, false), ("\"bí thư tỉnh ủy\"", SearchSort.Relevance, false), ("du lich", SearchSort.Newest, true),
        ("nghi quyet dai hoi", SearchSort.Relevance, false), ("lac duong", SearchSort.Relevance, false),
    ];
    // QUERIES="ddangr booj|Đảng bộ" runs only those (relevance, no date filter): to compare a few queries' cost side by side.
    if (Environment.GetEnvironmentVariable("QUERIES") is { Length: > 0 } only)
    {
        // A query may end with " @90" (the 90-day date filter) and/or " @new" (newest first), as in the fixed set.
        queries = [.. only.Split('|').Select(q =>
        {
            var parts = q.Split(' ').ToList();
            var recent = parts.Remove("@90");
            var newest = parts.Remove("@new");
            return (string.Join(' ', parts), newest ? SearchSort.Newest : SearchSort.Relevance, recent);
        })];
    }
    var timings = new List<double>();
    var cpuTimings = new List<double>();
    var perQuery = new Dictionary<string, List<(double Wall, double Cpu)>>();
    await using (var db = NewContext())
    {
        var index = SearchIndexes.For(db);
        // CPU time as well as wall time: on a machine shared with other work, wall time mostly measures the queue for a
        // core. The bench process's CPU (all of SQLite's work) plus, on PostgreSQL, the server backend's, read from /proc
        // (10 ms ticks, so per query it is coarse; its percentiles over many queries are not).
        await db.Database.OpenConnectionAsync();
        int? backendPid = provider == "postgres" ? await db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync() : null;
        double BackendCpuMs()
        {
            if (backendPid is null)
            {
                return 0;
            }
            var stat = File.ReadAllText($"/proc/{backendPid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11]) + long.Parse(fields[12])) * 10.0;
        }
        var self = System.Diagnostics.Process.GetCurrentProcess();
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("ROUNDS"), out var r) ? r : 12;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (query, sort, recent) in queries)
            {
                var request = new SearchRequest(portalId, ParsedQuery.Parse(query))
                {
                    Sort = sort,
                    FromUtc = recent ? now.AddDays(-90) : null,
                };
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime.TotalMilliseconds + BackendCpuMs();
                var w = Stopwatch.StartNew();
                await index.QueryAsync(request, now);
                w.Stop();
                self.Refresh();
                var cpu = self.TotalProcessorTime.TotalMilliseconds + BackendCpuMs() - cpuBefore;
                if (round >= 2)
                {
                    timings.Add(w.Elapsed.TotalMilliseconds);
                    cpuTimings.Add(cpu);
                    var key = query + (recent ? " [90 ngày]" : "") + (sort == SearchSort.Newest ? " [mới nhất]" : "");
                    if (!perQuery.TryGetValue(key, out var times))
                    {
                        perQuery[key] = times = [];
                    }
                    times.Add((w.Elapsed.TotalMilliseconds, cpu));
                }
            }
        }
    }
    if (timings.Count == 0)
    {
        Console.Error.WriteLine("ROUNDS must be at least 3: the first two passes are warm-up.");
        return 2;
    }
    timings.Sort();
    if (Environment.GetEnvironmentVariable("PER_QUERY") is not null)
    {
        // The median beside the slowest: on a shared machine one slow pass says little about a query.
        static double Median(IEnumerable<double> values) => values.Order().ElementAt((values.Count() - 1) / 2);
        foreach (var (q, times) in perQuery.OrderByDescending(p => p.Value.Max(t => t.Wall)))
        {
            var slowest = times.Select(t => t.Wall).Max();
            Console.WriteLine($"  max {slowest,8:0.0} ms  p50 {Median(times.Select(t => t.Wall)),8:0.0} ms  CPU p50 {Median(times.Select(t => t.Cpu)),5:0} ms  {q}");
        }
    }
    cpuTimings.Sort();
    double P(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
    double C(double p) => cpuTimings[Math.Min(cpuTimings.Count - 1, (int)Math.Ceiling(p * cpuTimings.Count) - 1)];
    Console.WriteLine($"{provider} N={n}: generated in {generation.TotalSeconds:0.0} s; index built ({entries} entries) in {build.TotalSeconds:0.0} s; " +
        $"queries={timings.Count} p50={P(0.50):0.0} ms p95={P(0.95):0.0} ms p99={P(0.99):0.0} ms max={timings[^1]:0.0} ms; " +
        $"CPU p50={C(0.50):0} ms p95={C(0.95):0} ms p99={C(0.99):0} ms (load average {File.ReadAllText("/proc/loadavg")[..14].Trim()})");
    return 0;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    // KEEP_PG keeps the PostgreSQL database for looking at plans afterwards (drop it by hand).
    if (pgDatabase is not null && provider == "postgres" && (Environment.GetEnvironmentVariable("KEEP_PG") ?? Environment.GetEnvironmentVariable("PG_DB")) is not null)
    {
        Console.WriteLine($"kept database {pgDatabase}");
    }
    else if (pgDatabase is not null && provider == "postgres")
    {
        var admin = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("DANGBO_TEST_POSTGRES")!;
        await using var c = new NpgsqlConnection(admin);
        await c.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{pgDatabase}\" WITH (FORCE)", c).ExecuteNonQueryAsync();
    }
    Directory.Delete(folder, true);
}

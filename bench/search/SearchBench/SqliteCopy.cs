using System.Diagnostics;
using DangBo.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace SearchBench;

/// <summary>
/// Fills a new PostgreSQL bench database from an already built SQLite bench database of the same N (FROM_SQLITE): its
/// SearchEntries rows, ids kept, through one binary COPY; the generated tsvector columns compute themselves as rows arrive.
/// Generating and indexing 1,000,000 articles through the app's C# term code takes well over an hour; the terms are the
/// same on both databases, so copying them measures the same index. The SQLite file is opened read-only. The secondary
/// indexes (GIN included) are dropped for the load and created again after it, then the table is vacuumed and analysed.
/// No articles are copied: search reads entries only.
/// </summary>
internal static class SqliteCopy
{
    private static readonly (string Name, NpgsqlDbType Type)[] Columns =
    [
        ("Id", NpgsqlDbType.Integer), ("Type", NpgsqlDbType.Text), ("ItemId", NpgsqlDbType.Integer), ("PortalId", NpgsqlDbType.Integer),
        ("UnitId", NpgsqlDbType.Integer), ("CategoryId", NpgsqlDbType.Integer), ("DocumentType", NpgsqlDbType.Text), ("Code", NpgsqlDbType.Text),
        ("Title", NpgsqlDbType.Text), ("Summary", NpgsqlDbType.Text), ("Body", NpgsqlDbType.Text), ("Url", NpgsqlDbType.Text),
        ("PublishedAt", NpgsqlDbType.TimestampTz), ("TitleTerms", NpgsqlDbType.Text), ("SummaryTerms", NpgsqlDbType.Text),
        ("BodyTerms", NpgsqlDbType.Text), ("CodeTerms", NpgsqlDbType.Text), ("ExactTerms", NpgsqlDbType.Text),
    ];

    public static async Task CopyEntriesAsync(string sqlitePath, DangBoDbContext db, int n, int portalId, IReadOnlyList<int> categoryIds)
    {
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
        await source.OpenAsync();
        async Task<List<long>> Ids(string sql)
        {
            await using var command = source.CreateCommand();
            command.CommandText = sql;
            var ids = new List<long>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
            return ids;
        }
        // The entries point at the portal and categories by id: the new database must have made the same ones.
        if (await Ids("""SELECT "Id" FROM "Portals" ORDER BY "Id" """) is not [var sourcePortal] || sourcePortal != portalId
            || !(await Ids("""SELECT "Id" FROM "Categories" ORDER BY "Id" """)).SequenceEqual(categoryIds.Select(c => (long)c)))
        {
            throw new InvalidOperationException($"{sqlitePath}: its portal and categories are not those of a new bench database.");
        }
        if ((await Ids("""SELECT count(*) FROM "SearchEntries" """))[0] != n)
        {
            throw new InvalidOperationException($"{sqlitePath} does not hold {n} search entries.");
        }

        await db.Database.OpenConnectionAsync();
        var pg = (NpgsqlConnection)db.Database.GetDbConnection();
        async Task Run(string sql)
        {
            await using var command = new NpgsqlCommand(sql, pg) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }
        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand("""SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'SearchEntries' AND indexname <> 'PK_SearchEntries'""", pg))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, _) in indexes)
        {
            await Run($"""DROP INDEX "{name}" """);
        }

        var watch = Stopwatch.StartNew();
        await using (var read = source.CreateCommand())
        {
            read.CommandText = $"""SELECT {string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))} FROM "SearchEntries" ORDER BY "Id" """;
            await using var reader = await read.ExecuteReaderAsync();
            await using var importer = await pg.BeginBinaryImportAsync(
                $"""COPY "SearchEntries" ({string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)""");
            importer.Timeout = TimeSpan.FromHours(1); // the load of a million rows outlasts the default 30 s (Zero is not "no limit" here)
            var copied = 0;
            while (await reader.ReadAsync())
            {
                await importer.StartRowAsync();
                for (var i = 0; i < Columns.Length; i++)
                {
                    var (name, type) = Columns[i];
                    if (await reader.IsDBNullAsync(i))
                    {
                        await importer.WriteNullAsync();
                    }
                    else if (type == NpgsqlDbType.Integer)
                    {
                        await importer.WriteAsync(reader.GetInt32(i), type);
                    }
                    else if (type == NpgsqlDbType.TimestampTz)
                    {
                        await importer.WriteAsync(DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc), type);
                    }
                    else
                    {
                        await importer.WriteAsync(reader.GetString(i), type);
                    }
                }
                if (++copied % 100_000 == 0)
                {
                    Console.WriteLine($"  copied {copied} entries from SQLite in {watch.Elapsed.TotalSeconds:0} s");
                }
            }
            await importer.CompleteAsync();
        }
        Console.WriteLine($"  COPY done in {watch.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        foreach (var (name, definition) in indexes)
        {
            await Run(definition);
            Console.WriteLine($"  index {name} created, {watch.Elapsed.TotalSeconds:0.0} s");
        }
        await Run("""SELECT setval(pg_get_serial_sequence('"SearchEntries"', 'Id'), (SELECT max("Id") FROM "SearchEntries"))""");
        await Run("""VACUUM ANALYZE "SearchEntries" """);
        Console.WriteLine($"  indexes, VACUUM ANALYZE done in {watch.Elapsed.TotalSeconds:0.0} s");
    }
}

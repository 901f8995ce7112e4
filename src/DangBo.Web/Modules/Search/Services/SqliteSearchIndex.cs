using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using DangBo.Web.Modules.Search.Models;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// SQLite FTS5: the external-content table SearchFts mirrors SearchEntries through triggers (see the
/// SearchIndex migration). Terms are quoted, so nothing a reader types is FTS5 syntax.
/// </summary>
public sealed class SqliteSearchIndex(DangBoDbContext db) : SqlSearchIndex(db)
{
    public const string FtsTable = "SearchFts";

    protected override string MatchExpression(ParsedQuery query, SearchField field)
    {
        var columns = field switch
        {
            SearchField.Title => "TitleTerms CodeTerms",
            SearchField.Summary => "SummaryTerms",
            SearchField.Exact => "ExactTerms",
            _ => "TitleTerms SummaryTerms BodyTerms CodeTerms",
        };
        IEnumerable<string> clauses;
        if (field == SearchField.Exact)
        {
            clauses = query.ExactTermsWithDiacritics.Select(t => $"\"{t}\"");
        }
        else
        {
            clauses = query.Clauses.Select((c, i) =>
                "\"" + string.Join(' ', c.FoldedTerms) + "\"" + (query.LastIsPrefix && i == query.Clauses.Count - 1 ? " *" : ""));
        }
        return "{" + columns + "} : (" + string.Join(" AND ", clauses) + ")";
    }

    protected override (string From, string Where) MatchSql(string parameter) =>
        // CROSS JOIN fixes the order: the full-text match drives and entries are looked up by id. Left to itself,
        // SQLite may walk the entries and re-run the match for each one.
        ($"""
          "{FtsTable}" CROSS JOIN "SearchEntries" e ON e."Id" = "{FtsTable}".rowid
          """, $""" "{FtsTable}" MATCH {parameter}""");

    // Tested per candidate: FTS5 seeks the one rowid in each term's list, instead of listing every match of the field.
    protected override string AlsoMatchesSql(string parameter, SearchField field) =>
        $"""EXISTS (SELECT 1 FROM "{FtsTable}" WHERE "{FtsTable}" MATCH {parameter} AND "{FtsTable}".rowid = e."Id")""";

    // The newest entries first: FTS5 walks its lists from the highest rowid and stops at the LIMIT, where bm25 would
    // have to weigh every match of a common word (0.5 s for "dang bo" at 100,000 articles). Entries are numbered as they
    // are indexed (the rebuild goes in article order), so a higher rowid is, nearly always, a more recent item.
    protected override string RankSql(string parameter) => $"""
        "{FtsTable}".rowid
        """;

    protected override bool RankHasTies => false;

    // The newest matches anywhere, in the title and, when typed with diacritics, exactly: the items the tiers put first
    // are among them unless more than 500 newer items share their tier.
    protected override IEnumerable<CandidateMatch> CandidateMatches(ParsedQuery query)
    {
        var all = MatchExpression(query, SearchField.All);
        yield return new(all);
        yield return new($"({all}) AND ({MatchExpression(query, SearchField.Title)})");
        if (query.ExactTermsWithDiacritics.Count > 0)
        {
            yield return new($"({all}) AND ({MatchExpression(query, SearchField.Exact)})");
        }
    }

    // The triggers keep FTS5 in step row by row, which a rebuild of every entry does not need: they are dropped for the
    // load (inside the rebuild's transaction, so no other connection ever sees them missing), and FTS5 reads the loaded
    // table once ('rebuild'). Their SQL is taken from the schema, so whatever the migrations made is put back as it was.
    private List<string> _droppedTriggers = [];

    protected override async Task BeforeBulkLoadAsync(CancellationToken ct)
    {
        var triggers = await Db.Database.SqlQueryRaw<SchemaObject>(
            """SELECT "name" AS "Name", "sql" AS "Sql" FROM sqlite_master WHERE "type" = 'trigger' AND "tbl_name" = 'SearchEntries'""").ToListAsync(ct);
        foreach (var trigger in triggers)
        {
            // The name comes from the schema itself, quoted as an identifier.
            var drop = "DROP TRIGGER \"" + trigger.Name.Replace("\"", "\"\"") + "\"";
            await Db.Database.ExecuteSqlRawAsync(drop, ct);
        }
        _droppedTriggers = [.. triggers.Select(t => t.Sql)];
    }

    protected override async Task<int> BulkInsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct)
    {
        var connection = Db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = Db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"""
            INSERT INTO "SearchEntries" ({string.Join(", ", BulkColumns.Select(c => $"\"{c}\""))})
            VALUES ({string.Join(", ", BulkColumns.Select((_, i) => "$p" + i))})
            """;
        var parameters = BulkColumns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "$p" + i;
            command.Parameters.Add(p);
            return p;
        }).ToList();
        // One prepared statement run once per row: SQLite's fastest way in, with no EF tracking or batching in between.
        await command.PrepareAsync(ct);
        var written = 0;
        foreach (var entry in entries)
        {
            var values = BulkValues(entry);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
            written++;
        }
        return written;
    }

    protected override async Task AfterBulkLoadAsync(CancellationToken ct)
    {
        foreach (var sql in _droppedTriggers)
        {
            await Db.Database.ExecuteSqlRawAsync(sql, ct);
        }
        _droppedTriggers = [];
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{FtsTable}"("{FtsTable}") VALUES ('rebuild')""", ct);
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{FtsTable}"("{FtsTable}") VALUES ('optimize')""", ct);
    }

    private sealed record SchemaObject(string Name, string Sql);
}

using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

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

    // bm25 with column weights in the order of the table: title, summary, body, codes, Telex forms (never matched here).
    protected override string RankSql(string parameter) => $"""bm25("{FtsTable}", 10.0, 4.0, 1.0, 10.0, 0.0)""";

    protected override async Task AfterRebuildAsync(CancellationToken ct) =>
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{FtsTable}"("{FtsTable}") VALUES ('optimize')""", ct);
}

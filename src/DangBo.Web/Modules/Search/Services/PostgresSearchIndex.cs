using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// PostgreSQL full text: generated tsvector columns over the C#-made terms (the 'simple' configuration, so the
/// server's locale and extensions play no part) and a GIN index (see the SearchIndex migration). Weights: A
/// title and codes, B summary, C body (the ranking tiers use TitleVector and SummaryVector). Terms are quoted lexemes, so nothing a reader types is tsquery syntax.
/// </summary>
public sealed class PostgresSearchIndex(DangBoDbContext db) : SqlSearchIndex(db)
{
    protected override string MatchExpression(ParsedQuery query, SearchField field)
    {
        // Weighted lexemes work on SearchVector (suggestions) and on the tier vectors, which carry the same weights.
        var weight = field switch
        {
            SearchField.Title => "A",
            SearchField.Summary => "B",
            _ => "",
        };
        if (field == SearchField.Exact)
        {
            return string.Join(" & ", query.ExactTermsWithDiacritics.Select(t => $"'{t}'"));
        }
        return string.Join(" & ", query.Clauses.Select((c, i) =>
        {
            var prefix = query.LastIsPrefix && i == query.Clauses.Count - 1 ? "*" : "";
            var lexemes = c.FoldedTerms.Select(t => weight.Length + prefix.Length > 0 ? $"'{t}':{prefix}{weight}" : $"'{t}'");
            return "(" + string.Join(" <-> ", lexemes) + ")";
        }));
    }

    protected override (string From, string Where) MatchSql(string parameter) =>
        (""" "SearchEntries" e""", $"""e."SearchVector" @@ CAST({parameter} AS tsquery)""");

    // Ranking tiers test small vectors of their own, not the whole text's.
    protected override string AlsoMatchesSql(string parameter, SearchField field) => field switch
    {
        SearchField.Exact => $"""e."ExactVector" @@ CAST({parameter} AS tsquery)""",
        SearchField.Title => $"""e."TitleVector" @@ CAST({parameter} AS tsquery)""",
        SearchField.Summary => $"""e."SummaryVector" @@ CAST({parameter} AS tsquery)""",
        _ => $"""e."SearchVector" @@ CAST({parameter} AS tsquery)""",
    };

    // ts_rank's default weights already put A (title, codes) above B (summary) above C (body).
    protected override string RankSql(string parameter) => $"""ts_rank(e."SearchVector", CAST({parameter} AS tsquery))""";

    protected override async Task AfterRebuildAsync(CancellationToken ct) =>
        await Db.Database.ExecuteSqlRawAsync("""ANALYZE "SearchEntries" """, ct);
}

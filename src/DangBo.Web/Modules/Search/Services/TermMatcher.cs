namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// A query tested on stored terms (space-separated, as <see cref="SearchText"/> makes them) in C#, the way both full-text
/// indexes test a column: each clause's words (as typed, or decoded from Telex or VNI keys) in a row within one column
/// (the last word of a prefix query as a prefix); different clauses may sit in different columns.
/// </summary>
internal static class TermMatcher
{
    public static bool AllClausesIn(ParsedQuery query, params string[] columns)
    {
        var tokenised = columns.Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        for (var i = 0; i < query.Clauses.Count; i++)
        {
            var alternatives = query.Clauses[i].FoldedAlternatives;
            var prefix = query.LastIsPrefix && i == query.Clauses.Count - 1;
            if (!tokenised.Any(tokens => alternatives.Any(words => ContainsRun(tokens, words, prefix))))
            {
                return false;
            }
        }
        return query.Clauses.Count > 0;
    }

    private static bool ContainsRun(string[] tokens, IReadOnlyList<string> words, bool lastIsPrefix)
    {
        for (var start = 0; start + words.Count <= tokens.Length; start++)
        {
            var all = true;
            for (var j = 0; j < words.Count && all; j++)
            {
                var token = tokens[start + j];
                all = lastIsPrefix && j == words.Count - 1 ? token.StartsWith(words[j], StringComparison.Ordinal) : token == words[j];
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }
}

namespace DangBo.Web.Modules.Search.Services;

/// <summary>One required part of a query: a single word, or words that must follow each other (a phrase, or a code like 06-NQ/TU).</summary>
public sealed record QueryClause(IReadOnlyList<string> Words)
{
    public IReadOnlyList<string> FoldedTerms => Words.Select(SearchText.FoldedTerm).ToList();
    public IReadOnlyList<string> ExactTerms => Words.Select(SearchText.ExactTerm).ToList();
    public bool IsPhrase => Words.Count > 1;
}

/// <summary>
/// What a reader typed, reduced to words. Nothing of the typed syntax reaches a database: quotes make phrases,
/// every other character only separates words, so FTS5 or tsquery operators (", *, NEAR, -, :, |, !) are plain text.
/// </summary>
public sealed class ParsedQuery
{
    public const int MaxClauses = 12;
    public const int MaxWordLength = 60;

    private ParsedQuery(IReadOnlyList<QueryClause> clauses, bool lastIsPrefix)
    {
        Clauses = clauses;
        LastIsPrefix = lastIsPrefix;
    }

    public IReadOnlyList<QueryClause> Clauses { get; }

    /// <summary>The last word may be unfinished (suggestions as the reader types).</summary>
    public bool LastIsPrefix { get; }

    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Words typed with diacritics: results that contain them exactly rank first.</summary>
    public IReadOnlyList<string> ExactTermsWithDiacritics =>
        Clauses.SelectMany(c => c.Words).Where(SearchText.HasDiacritics).Select(SearchText.ExactTerm).Distinct().ToList();

    public IReadOnlyList<string> AllFoldedTerms => Clauses.SelectMany(c => c.FoldedTerms).Distinct().ToList();

    public static ParsedQuery Parse(string? text, bool lastIsPrefix = false)
    {
        var normalised = SearchText.Normalise(text).Replace('“', '"').Replace('”', '"').Replace('„', '"');
        var clauses = new List<QueryClause>();
        var segments = normalised.Split('"');
        for (var i = 0; i < segments.Length; i++)
        {
            // Odd segments sit between quotes; an unclosed quote still makes a phrase of the rest.
            if (i % 2 == 1)
            {
                AddClause(clauses, segments[i]);
            }
            else
            {
                foreach (var chunk in segments[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    // Words joined by punctuation (06-NQ/TU, Đảng-bộ) belong together, as a phrase.
                    AddClause(clauses, chunk);
                }
            }
        }
        var distinct = clauses.DistinctBy(c => string.Join(' ', c.FoldedTerms) + "|" + string.Join(' ', c.ExactTerms)).Take(MaxClauses).ToList();
        var prefix = lastIsPrefix && distinct.Count > 0 && !distinct[^1].IsPhrase && !normalised.EndsWith('"') && !char.IsWhiteSpace(normalised[^1]);
        return new ParsedQuery(distinct, prefix);
    }

    private static void AddClause(List<QueryClause> clauses, string text)
    {
        var words = SearchText.WordSpans(text).Select(w => w.Word)
            .Where(w => SearchText.FoldedTerm(w).Length > 0)
            .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
            .ToList();
        if (words.Count > 0)
        {
            clauses.Add(new QueryClause(words));
        }
    }
}

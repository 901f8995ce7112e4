namespace DangBo.Web.Modules.Search.Services;

/// <summary>One required part of a query: a single word, or words that must follow each other (a phrase, or a code like 06-NQ/TU).</summary>
public sealed record QueryClause(IReadOnlyList<string> Words)
{
    public IReadOnlyList<string> FoldedTerms => Words.Select(SearchText.FoldedTerm).ToList();
    public IReadOnlyList<string> ExactTerms => Words.Select(SearchText.ExactTerm).ToList();
    public bool IsPhrase => Words.Count > 1;

    /// <summary>
    /// Set when the clause is to be matched as a code: the one term <see cref="SearchText.CodeTerms"/> indexed for it
    /// (06nqtu), looked up in the code column instead of its words as a phrase over every column.
    /// </summary>
    public string? CodeTerm { get; init; }

    /// <summary>The term a code made of these words is indexed as (06-NQ/TU → 06nqtu), or null when they cannot be a code.</summary>
    public string? AsCodeTerm()
    {
        var parts = FoldedTerms;
        return parts.Count >= 2 && parts.Any(p => p.Any(char.IsAsciiDigit)) && parts.Any(p => p.Any(char.IsAsciiLetter))
            ? string.Concat(parts)
            : null;
    }
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

    /// <summary>
    /// The same query with its codes matched as codes, or null when it has none: each clause that joins digits and
    /// letters (06-NQ/TU, "12 ct tu") and, when the whole query is a number followed by up to three short
    /// abbreviations (06 nq tu), the whole query. As a phrase of very common words (06 + nq + tu, in nearly every
    /// article) a code is the slowest thing to search for; as the one indexed term it is among the fastest. The
    /// index falls back to this query itself when the codes find nothing, so a code-like query still finds words.
    /// </summary>
    public ParsedQuery? WithCodes()
    {
        if (LastIsPrefix)
        {
            return null;
        }
        if (Clauses.Count is >= 2 and <= 4 && Clauses.All(c => !c.IsPhrase) && IsSpacedCode(Clauses.Select(c => c.FoldedTerms[0]).ToList()))
        {
            var words = new QueryClause(Clauses.Select(c => c.Words[0]).ToList());
            return new ParsedQuery([words with { CodeTerm = words.AsCodeTerm() }], false);
        }
        if (!Clauses.Any(c => c.AsCodeTerm() is not null))
        {
            return null;
        }
        return new ParsedQuery([.. Clauses.Select(c => c.AsCodeTerm() is { } code ? c with { CodeTerm = code } : c)], false);
    }

    // 06 nq tu, 1234 kh ubnd: a number, then abbreviations of a few letters.
    private static bool IsSpacedCode(IReadOnlyList<string> terms) =>
        terms[0].All(char.IsAsciiDigit) && terms.Skip(1).All(t => t.Length <= 5 && t.All(char.IsAsciiLetter));

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

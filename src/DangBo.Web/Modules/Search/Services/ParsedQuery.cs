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

    /// <summary>
    /// The words with those typed as Telex or VNI keys read as the syllables they spell (ddaij hooij → đại hội, see
    /// <see cref="VietnameseKeys"/>), or null when no word is such keys.
    /// </summary>
    public IReadOnlyList<string>? Decoded { get; init; }

    /// <summary>
    /// The runs of folded terms any of which matches the clause: the words as typed, and the decoded words when there are
    /// some (ddaij hooij, or dai hoi). One more alternative per clause at most, whatever it holds.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> FoldedAlternatives =>
        Decoded is null ? [FoldedTerms] : [FoldedTerms, Decoded.Select(SearchText.FoldedTerm).ToList()];

    /// <summary>The term a code made of these words is indexed as (06-NQ/TU → 06nqtu), or null when they cannot be a code.</summary>
    public string? AsCodeTerm()
    {
        var parts = FoldedTerms;
        return parts.Count >= 2 && parts.Any(p => p.Any(char.IsAsciiDigit)) && parts.Any(p => p.Any(char.IsAsciiLetter))
            ? string.Concat(parts)
            : null;
    }

    /// <summary>The clause with its Telex or VNI words decoded; a code's words never are (06-NQ/ĐU typed 06-nq/ddu stays as typed).</summary>
    internal QueryClause WithDecodedWords(bool lastIsPrefix)
    {
        if (AsCodeTerm() is not null)
        {
            return this;
        }
        var decoded = Words.Select((w, i) => VietnameseKeys.Decode(w, lastIsPrefix && i == Words.Count - 1)).ToList();
        return decoded.All(d => d is null) ? this : this with { Decoded = [.. decoded.Select((d, i) => d ?? Words[i])] };
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

    /// <summary>
    /// The exact (Telex) terms results that contain them all rank first, each as a group of alternatives: a word typed
    /// with diacritics is its own group; a word typed as Telex or VNI keys is its decoded syllable or the word as typed
    /// (ddaij: đại; bar: bả, or the English word), so that what the reader typed and meant both outrank folded matches.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ExactTermGroups
    {
        get
        {
            var groups = new List<IReadOnlyList<string>>();
            foreach (var clause in Clauses)
            {
                for (var i = 0; i < clause.Words.Count; i++)
                {
                    var word = clause.Words[i];
                    if (SearchText.HasDiacritics(word))
                    {
                        groups.Add([SearchText.ExactTerm(word)]);
                    }
                    else if (clause.Decoded?[i] is { } decoded && decoded != word)
                    {
                        groups.Add([.. new[] { SearchText.ExactTerm(decoded), SearchText.ExactTerm(word) }.Distinct()]);
                    }
                }
            }
            return [.. groups.DistinctBy(g => string.Join(' ', g))];
        }
    }

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
        return new ParsedQuery([.. distinct.Select((c, i) => c.WithDecodedWords(prefix && i == distinct.Count - 1))], prefix);
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

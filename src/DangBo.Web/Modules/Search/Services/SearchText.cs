using System.Globalization;
using System.Text;
using DangBo.Web.Infrastructure.Text;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// The Vietnamese text rules both index implementations share: text is cut into words here, in C#, and
/// stored as space-separated ASCII terms, so SQLite's and PostgreSQL's own tokenisers only ever split on
/// spaces and both databases see exactly the same terms.
/// </summary>
public static class SearchText
{
    /// <summary>Words of NFC, lower-cased text: runs of letters, digits and combining marks.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        foreach (var (word, _, _) in WordSpans(Normalise(text)))
        {
            words.Add(word);
        }
        return words;
    }

    public static string Normalise(string? text) => (text ?? "").Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>Words with their start and length in <paramref name="normalised"/> (already NFC and lower-case).</summary>
    public static IEnumerable<(string Word, int Start, int Length)> WordSpans(string normalised)
    {
        var start = -1;
        for (var i = 0; i <= normalised.Length; i++)
        {
            var inWord = i < normalised.Length && IsWordChar(normalised[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (normalised[start..i], start, i - start);
                start = -1;
            }
        }
    }

    public static bool IsWordChar(char c) => c < CachedChars ? WordCharCache[c] : SlowIsWordChar(c);

    private static bool SlowIsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static readonly bool[] WordCharCache = BuildWordCharCache();

    private static bool[] BuildWordCharCache()
    {
        var cache = new bool[CachedChars];
        for (var c = 0; c < CachedChars; c++)
        {
            cache[c] = SlowIsWordChar((char)c);
        }
        return cache;
    }

    // A word whose characters each fold (and Telex) on their own, from the caches; others take the slow, whole-word path.
    private static bool IsFastWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c >= CachedChars || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Each word of NFC, lower-case <paramref name="normalised"/> turned into a term by <paramref name="appendTerm"/>, the
    /// non-empty terms separated by single spaces: the same as joining the terms of <see cref="WordSpans"/>, without a
    /// string per word (indexing a large site cuts every word of every article).
    /// </summary>
    private static string JoinTerms(string normalised, Action<StringBuilder, string, int, int> appendTerm)
    {
        var sb = new StringBuilder(normalised.Length + 16);
        var start = -1;
        for (var i = 0; i <= normalised.Length; i++)
        {
            var inWord = i < normalised.Length && IsWordChar(normalised[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var before = sb.Length;
                if (before > 0)
                {
                    sb.Append(' ');
                }
                var termStart = sb.Length;
                appendTerm(sb, normalised, start, i - start);
                if (sb.Length == termStart)
                {
                    // An empty term (a word of another script) leaves no separator behind.
                    sb.Length = before;
                }
                start = -1;
            }
        }
        return sb.ToString();
    }

    private static void AppendFolded(StringBuilder sb, string text, int start, int length)
    {
        var word = text.AsSpan(start, length);
        if (!IsFastWord(word))
        {
            sb.Append(SlowFoldedTerm(word.ToString()));
            return;
        }
        foreach (var c in word)
        {
            sb.Append(CachedFold(c));
        }
    }

    private static void AppendExact(StringBuilder sb, string text, int start, int length)
    {
        var word = text.AsSpan(start, length);
        if (!IsFastWord(word))
        {
            sb.Append(SlowExactTerm(word.ToString()));
            return;
        }
        char? tone = null;
        foreach (var c in word)
        {
            var piece = CachedTelex(c);
            if (HasTone(c))
            {
                tone = piece[^1];
                sb.Append(piece, 0, piece.Length - 1);
            }
            else
            {
                sb.Append(piece);
            }
        }
        if (tone is not null)
        {
            sb.Append(tone.Value);
        }
    }

    // Per-character folds and Telex pieces of the Latin letters (Vietnamese sits below U+2000), computed once:
    // indexing a large site folds every word of every article.
    private const int CachedChars = 0x2000;
    private static readonly string[] FoldCache = new string[CachedChars];
    private static readonly string[] TelexCache = new string[CachedChars];

    private static string CachedFold(char c) => FoldCache[c] ??= SlowFoldedTerm(c.ToString());

    private static string CachedTelex(char c) => TelexCache[c] ??= SlowExactTerm(c.ToString());

    /// <summary>The matching form of a word: no diacritics (đ→d), ASCII letters and digits only; empty for words of other scripts.</summary>
    public static string FoldedTerm(string word)
    {
        if (word.Any(c => c >= CachedChars || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
        {
            return SlowFoldedTerm(word);
        }
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            sb.Append(CachedFold(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The exact form of a word, written in ASCII the way Telex types it (đại → ddaij, Nẵng → nawngx), so that
    /// exact-diacritic matches can be found with the same ASCII terms on both databases.
    /// </summary>
    public static string ExactTerm(string word)
    {
        if (word.Any(c => c >= CachedChars || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
        {
            return SlowExactTerm(word);
        }
        var sb = new StringBuilder(word.Length + 3);
        char? tone = null;
        foreach (var c in word)
        {
            var piece = CachedTelex(c);
            if (HasTone(c))
            {
                // The tone key goes once, at the end of the word.
                tone = piece[^1];
                piece = piece[..^1];
            }
            sb.Append(piece);
        }
        if (tone is not null)
        {
            sb.Append(tone.Value);
        }
        return sb.ToString();
    }

    private static readonly bool?[] ToneCache = new bool?[CachedChars];

    private static bool HasTone(char c) => ToneCache[c] ??= c.ToString().Normalize(NormalizationForm.FormD)
        .Any(m => m is '\u0301' or '\u0300' or '\u0309' or '\u0303' or '\u0323');

    private static string SlowFoldedTerm(string word)
    {
        var folded = VietnameseText.Fold(word);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }

    private static string SlowExactTerm(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length + 3);
        char? tone = null;
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ' or 'Đ': sb.Append("dd"); break;
                case '\u0302': if (sb.Length > 0) { sb.Append(sb[^1]); } break; // circumflex: â → aa
                case '\u0306': sb.Append('w'); break; // breve: ă → aw
                case '\u031B': sb.Append('w'); break; // horn: ơ → ow
                case '\u0301': tone = 's'; break;
                case '\u0300': tone = 'f'; break;
                case '\u0309': tone = 'r'; break;
                case '\u0303': tone = 'x'; break;
                case '\u0323': tone = 'j'; break;
                default:
                    if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                    {
                        sb.Append(c);
                    }
                    else if (c is >= 'A' and <= 'Z')
                    {
                        sb.Append(char.ToLowerInvariant(c));
                    }
                    break;
            }
        }
        if (tone is not null)
        {
            sb.Append(tone.Value);
        }
        return sb.ToString();
    }

    public static bool HasDiacritics(string word) => FoldedTerm(word) != ExactTerm(word);

    /// <summary>Space-separated folded terms of a text: what the matching columns hold.</summary>
    public static string FoldedTerms(string? text) => JoinTerms(Normalise(text), AppendFolded);

    /// <summary>Space-separated exact (Telex) terms of a text.</summary>
    public static string ExactTerms(string? text) => JoinTerms(Normalise(text), AppendExact);

    /// <summary>
    /// Codes such as 06-NQ/TU or 1234/QĐ-UBND written as one term each (06nqtu), so that a code typed without
    /// its punctuation still finds it; the parts are searchable as ordinary words too.
    /// </summary>
    public static IEnumerable<string> CodeTerms(string? text)
    {
        foreach (var chunk in Normalise(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // Only the digits 0-9 survive folding, so a chunk without one cannot be a code (most words: skip them cheaply).
            if (!chunk.AsSpan().ContainsAnyInRange('0', '9'))
            {
                continue;
            }
            var parts = WordSpans(chunk).Select(w => FoldedTerm(w.Word)).Where(t => t.Length > 0).ToList();
            if (parts.Count >= 2 && parts.Any(p => p.Any(char.IsDigit)) && parts.Any(p => p.Any(char.IsLetter)))
            {
                yield return string.Concat(parts);
            }
        }
    }
}

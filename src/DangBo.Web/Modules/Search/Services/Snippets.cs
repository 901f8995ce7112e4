using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// Highlighted excerpts: the stored plain text is HTML-encoded piece by piece and only the words that match the
/// query are wrapped in &lt;mark&gt;. Never the stored HTML. A query word typed without diacritics marks every
/// word that folds to it ("dang" marks "Đảng" and "đăng"); one typed with diacritics marks only itself, and so does one
/// typed as Telex or VNI keys ("ddangr" marks "Đảng" as "đảng" would, and a word written as typed).
/// </summary>
public static class Snippets
{
    public const int DefaultLength = 240;
    private const int WindowWords = 40;

    // Vietnamese letters stay letters (not numeric entities): readable in HTML and in JSON.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>All of <paramref name="text"/>, encoded, with matching words marked.</summary>
    public static string Highlight(string text, ParsedQuery query) =>
        Mark(text.Normalize(NormalizationForm.FormC), 0, text.Normalize(NormalizationForm.FormC).Length, new Matcher(query));

    /// <summary>
    /// About <paramref name="length"/> characters of the body (or else the summary) where most query words
    /// appear close together; the summary's beginning when nothing matches.
    /// </summary>
    public static string Excerpt(string body, string summary, ParsedQuery query, int length = DefaultLength)
    {
        var matcher = new Matcher(query);
        foreach (var raw in new[] { body, summary })
        {
            var text = raw.Normalize(NormalizationForm.FormC);
            var lower = text.ToLowerInvariant();
            var words = SearchText.WordSpans(lower).ToList();
            var best = -1;
            var bestCount = 0;
            for (var i = 0; i < words.Count; i++)
            {
                if (matcher.Key(words[i].Word) is null)
                {
                    continue;
                }
                var count = words.Skip(i).Take(WindowWords).Select(w => matcher.Key(w.Word)).Where(k => k is not null).Distinct().Count();
                if (count > bestCount)
                {
                    best = words[i].Start;
                    bestCount = count;
                }
            }
            if (best < 0 && CodeSpans(lower, matcher) is [var code, ..])
            {
                // Only a code typed without punctuation matched (06nqtu): show where the code stands.
                best = code.Start;
            }
            if (best >= 0)
            {
                var start = WordStart(text, Math.Max(0, best - length / 4));
                var end = WordEnd(text, Math.Min(text.Length, start + length));
                return (start > 0 ? "… " : "") + Mark(text, start, end, matcher) + (end < text.Length ? " …" : "");
            }
        }
        var lead = summary.Normalize(NormalizationForm.FormC);
        var cut = lead.Length <= length ? lead.Length : WordEnd(lead, length);
        return Encoder.Encode(lead[..cut]) + (cut < lead.Length ? " …" : "");
    }

    /// <summary>Which query word a text word stands for, if any.</summary>
    private sealed class Matcher(ParsedQuery query)
    {
        private readonly Dictionary<string, string> _folded = query.Clauses.SelectMany(c => c.Words)
            .Where(w => !SearchText.HasDiacritics(w)).Select(SearchText.FoldedTerm).Distinct().ToDictionary(t => t, t => t);
        private readonly HashSet<string> _exact = [.. query.ExactTermGroups.SelectMany(g => g)];
        private readonly bool _prefix = query.LastIsPrefix;

        public string? Key(string word)
        {
            var folded = SearchText.FoldedTerm(word);
            if (_folded.ContainsKey(folded))
            {
                return folded;
            }
            var exact = SearchText.ExactTerm(word);
            if (_exact.Contains(exact))
            {
                return exact;
            }
            return _prefix && _folded.Keys.Any(t => folded.StartsWith(t, StringComparison.Ordinal)) ? folded : null;
        }

        /// <summary>True when a code's parts joined (06nqtu, as <see cref="SearchText.CodeTerms"/> indexes it) is a query word.</summary>
        public bool IsCode(string joined) => _folded.ContainsKey(joined);
    }

    /// <summary>
    /// Spans (start, end) of the codes in <paramref name="lower"/> that a query word names without punctuation (06nqtu
    /// marks 06-NQ/TU): such a query finds the code through its joined term, which no single word of the text matches.
    /// </summary>
    private static List<(int Start, int End)> CodeSpans(string lower, Matcher matcher)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < lower.Length)
        {
            while (i < lower.Length && char.IsWhiteSpace(lower[i]))
            {
                i++;
            }
            var start = i;
            while (i < lower.Length && !char.IsWhiteSpace(lower[i]))
            {
                i++;
            }
            var chunk = lower[start..i];
            if (chunk.Length == 0 || !chunk.AsSpan().ContainsAnyInRange('0', '9'))
            {
                continue;
            }
            foreach (var code in SearchText.CodeTerms(chunk))
            {
                if (matcher.IsCode(code))
                {
                    var words = SearchText.WordSpans(chunk).ToList();
                    spans.Add((start + words[0].Start, start + words[^1].Start + words[^1].Length));
                }
            }
        }
        return spans;
    }

    private static string Mark(string text, int start, int end, Matcher matcher)
    {
        var slice = text[start..end];
        var sb = new StringBuilder(slice.Length + 32);
        var last = 0;
        // Lower-casing keeps every index for Vietnamese text, so spans found in the copy fit the original.
        var lower = slice.ToLowerInvariant();
        var codes = CodeSpans(lower, matcher);
        foreach (var (word, at, length) in SearchText.WordSpans(lower))
        {
            if (at < last)
            {
                continue;
            }
            if (codes.FirstOrDefault(c => c.Start == at) is { End: > 0 } code)
            {
                sb.Append(Encoder.Encode(slice[last..at])).Append("<mark>").Append(Encoder.Encode(slice[at..code.End])).Append("</mark>");
                last = code.End;
            }
            else if (matcher.Key(word) is not null)
            {
                sb.Append(Encoder.Encode(slice[last..at])).Append("<mark>").Append(Encoder.Encode(slice.Substring(at, length))).Append("</mark>");
                last = at + length;
            }
        }
        sb.Append(Encoder.Encode(slice[last..]));
        return sb.ToString();
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }
}

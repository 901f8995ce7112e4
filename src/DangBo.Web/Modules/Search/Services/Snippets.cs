using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// Highlighted excerpts: the stored plain text is HTML-encoded piece by piece and only the words that match the
/// query are wrapped in &lt;mark&gt;. Never the stored HTML. A query word typed without diacritics marks every
/// word that folds to it ("dang" marks "Đảng" and "đăng"); one typed with diacritics marks only itself.
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
            var words = SearchText.WordSpans(text.ToLowerInvariant()).ToList();
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
        private readonly HashSet<string> _exact = [.. query.ExactTermsWithDiacritics];
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
    }

    private static string Mark(string text, int start, int end, Matcher matcher)
    {
        var slice = text[start..end];
        var sb = new StringBuilder(slice.Length + 32);
        var last = 0;
        // Lower-casing keeps every index for Vietnamese text, so spans found in the copy fit the original.
        foreach (var (word, at, length) in SearchText.WordSpans(slice.ToLowerInvariant()))
        {
            if (matcher.Key(word) is not null)
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

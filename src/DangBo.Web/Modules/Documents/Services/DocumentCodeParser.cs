using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DangBo.Web.Modules.Documents.Services;

public enum DocumentCodeFormat
{
    /// <summary>&lt;number&gt;-&lt;type&gt;/&lt;issuer&gt;, e.g. 06-NQ/TU (Quy định 66-QĐ/TW).</summary>
    Party = 1,
    /// <summary>&lt;number&gt;/&lt;year&gt;/&lt;type&gt;-&lt;issuer&gt;, e.g. 42/2022/NĐ-CP; laws omit the type (148/2025/QH15).</summary>
    State = 2,
    /// <summary>&lt;number&gt;/&lt;type&gt;-&lt;issuer&gt; without a year, e.g. 2094/QĐ-UBND.</summary>
    StateWithoutYear = 3,
}

/// <summary>What a number and code says. <see cref="TypeAbbreviation"/> is null for laws (148/2025/QH15).</summary>
public sealed record DocumentCode(DocumentCodeFormat Format, int Number, string NumberText, string? TypeAbbreviation, string IssuerAbbreviation, int? Year, string Normalized);

public sealed record DocumentCodeParseResult(DocumentCode? Code, string? Error)
{
    public bool Success => Code is not null;
}

/// <summary>
/// Reads a document's number and code as people type it: NFC or NFD, with or without "Số", with spaces
/// around the separators, typographic dashes, or the look-alike Ð (U+00D0) for Đ. Pure: no database.
/// </summary>
public static partial class DocumentCodeParser
{
    public const string FormatHelp = "Văn bản của Đảng viết <số>-<loại>/<cơ quan> (ví dụ 06-NQ/TU); văn bản nhà nước viết <số>/<năm>/<loại>-<cơ quan> (ví dụ 42/2022/NĐ-CP).";

    [GeneratedRegex(@"^(?<num>\d{1,6})-(?<type>\p{L}{1,12})/(?<issuer>[\p{L}\d]{1,20}(?:-[\p{L}\d]{1,20}){0,3})$")]
    private static partial Regex PartyPattern();

    [GeneratedRegex(@"^(?<num>\d{1,6})/(?<year>\d{4})/(?:(?<type>\p{L}{1,12})-)?(?<issuer>[\p{L}\d]{1,20}(?:-[\p{L}\d]{1,20}){0,3})$")]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"^(?<num>\d{1,6})/(?<type>\p{L}{1,12})-(?<issuer>[\p{L}\d]{1,20}(?:-[\p{L}\d]{1,20}){0,3})$")]
    private static partial Regex StateWithoutYearPattern();

    [GeneratedRegex(@"^(?:số|so)\s*[:.]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPrefix();

    public static DocumentCodeParseResult Parse(string? input)
    {
        var text = Normalize(input);
        if (text.Length == 0)
        {
            return new(null, "Chưa nhập số, ký hiệu văn bản.");
        }
        if (PartyPattern().Match(text) is { Success: true } party)
        {
            return Build(DocumentCodeFormat.Party, party, year: null);
        }
        if (StatePattern().Match(text) is { Success: true } state)
        {
            var year = int.Parse(state.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year is < 1945 or > 2100)
            {
                return new(null, $"Năm {year} trong số, ký hiệu không hợp lệ.");
            }
            return Build(DocumentCodeFormat.State, state, year);
        }
        if (StateWithoutYearPattern().Match(text) is { Success: true } noYear)
        {
            return Build(DocumentCodeFormat.StateWithoutYear, noYear, year: null);
        }
        return new(null, "Số, ký hiệu không đúng dạng. " + FormatHelp);
    }

    private static DocumentCodeParseResult Build(DocumentCodeFormat format, Match match, int? year)
    {
        var numberText = match.Groups["num"].Value;
        var number = int.Parse(numberText, CultureInfo.InvariantCulture);
        if (number == 0)
        {
            return new(null, "Số văn bản phải lớn hơn 0.");
        }
        var type = match.Groups["type"].Success ? match.Groups["type"].Value : null;
        var issuer = match.Groups["issuer"].Value;
        var normalized = format switch
        {
            DocumentCodeFormat.Party => $"{numberText}-{type}/{issuer}",
            DocumentCodeFormat.State => type is null ? $"{numberText}/{year}/{issuer}" : $"{numberText}/{year}/{type}-{issuer}",
            _ => $"{numberText}/{type}-{issuer}",
        };
        return new(new DocumentCode(format, number, numberText, type, issuer, year, normalized), null);
    }

    /// <summary>NFC, no "Số" prefix, plain hyphens and slashes, no spaces, Đ for its look-alikes.</summary>
    public static string Normalize(string? input)
    {
        var text = (input ?? "").Normalize(NormalizationForm.FormC).Trim();
        text = NumberPrefix().Replace(text, "");
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\uFE63' or '\uFF0D':
                    builder.Append('-');
                    break;
                case '\uFF0F' or '\u2215':
                    builder.Append('/');
                    break;
                case '\u00D0':
                    builder.Append('Đ');
                    break;
                case '\u00F0':
                    builder.Append('đ');
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString().TrimEnd('.', ',', ';');
    }

    /// <summary>Abbreviations compare without regard to case or Unicode form (QĐi = qđi), but QĐ and QĐi stay different.</summary>
    public static bool SameAbbreviation(string? a, string? b) =>
        a is not null && b is not null
        && string.Equals(a.Normalize(NormalizationForm.FormC).Trim(), b.Normalize(NormalizationForm.FormC).Trim(), StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;
using System.Text;

namespace DangBo.Web.Infrastructure.Text;

/// <summary>Diacritic-free, lower-case, hyphenated URL segments from Vietnamese text.</summary>
public static class SlugGenerator
{
    public const int MaxLength = 120;

    public static string From(string? text, int maxLength = MaxLength)
    {
        var folded = VietnameseText.Fold(text ?? "").ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }
                sb.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = sb.ToString();
        if (slug.Length > maxLength)
        {
            var endsOnWordBoundary = slug[maxLength] == '-';
            slug = slug[..maxLength];
            var cut = slug.LastIndexOf('-');
            if (!endsOnWordBoundary && cut > maxLength / 2)
            {
                slug = slug[..cut];
            }
        }
        return slug.Trim('-');
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 200 && slug == From(slug, 200);
}

public static class VietnameseText
{
    /// <summary>Removes every diacritic, including đ/Đ which Unicode does not decompose.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ': sb.Append('d'); break;
                case 'Đ': sb.Append('D'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Trims and normalises user input to NFC, as TCVN 6909 text must be stored.</summary>
    public static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    public static string? CleanOrNull(string? text)
    {
        var cleaned = Clean(text);
        return cleaned.Length == 0 ? null : cleaned;
    }
}

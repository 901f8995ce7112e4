using System.Text;
using System.Xml;

namespace DangBo.Web.Modules.Content.Feeds;

internal static class XmlText
{
    /// <summary>XML 1.0 cannot carry most control characters; a stray one pasted into a title must not break the whole feed.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var firstInvalid = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsValidAt(text, i))
            {
                firstInvalid = i;
                break;
            }
        }
        if (firstInvalid < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstInvalid);
        for (var i = firstInvalid; i < text.Length; i++)
        {
            if (IsValidAt(text, i))
            {
                sb.Append(text[i]);
            }
        }
        return sb.ToString();
    }

    private static bool IsValidAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }
        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }
        return XmlConvert.IsXmlChar(c);
    }
}

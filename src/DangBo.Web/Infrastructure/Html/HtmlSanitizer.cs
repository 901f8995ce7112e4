using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DangBo.Web.Infrastructure.Html;

/// <summary>
/// The one allow-list every stored HTML fragment goes through (editor, import, static pages).
/// Built on AngleSharp's HTML5 parser so that the browser and the sanitizer see the same tree.
/// Anything not listed is dropped: unknown elements keep their text, dangerous ones lose it all.
/// Word markup (mso styles, classes, o:p, conditional comments) disappears because no style,
/// class or namespaced element is allowed.
/// </summary>
public static class HtmlSanitizer
{
    private static readonly HashSet<string> AllowedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
        "blockquote", "ul", "ol", "li", "a", "img", "figure", "figcaption", "table", "thead", "tbody",
        "tfoot", "tr", "th", "td", "caption", "pre", "code", "span",
    };

    /// <summary>Removed together with everything inside them.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "applet", "frame", "frameset", "noscript", "template",
        "svg", "math", "head", "title", "meta", "link", "base", "form", "input", "button", "select",
        "textarea", "option", "xml", "audio", "video", "canvas", "dialog",
    };

    private static readonly Dictionary<string, HashSet<string>> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = new(StringComparer.OrdinalIgnoreCase) { "href", "title" },
        ["img"] = new(StringComparer.OrdinalIgnoreCase) { "src", "alt", "title", "width", "height" },
        ["td"] = new(StringComparer.OrdinalIgnoreCase) { "colspan", "rowspan" },
        ["th"] = new(StringComparer.OrdinalIgnoreCase) { "colspan", "rowspan", "scope" },
        ["ol"] = new(StringComparer.OrdinalIgnoreCase) { "start" },
    };

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        var fragment = Parser.ParseFragment(html, body);
        foreach (var node in fragment.ToArray())
        {
            body.AppendChild(node);
        }
        CleanChildren(body);
        return body.InnerHtml.Trim();
    }

    private static void CleanChildren(INode parent)
    {
        foreach (var child in parent.ChildNodes.ToArray())
        {
            switch (child)
            {
                case IElement element:
                    CleanElement(element);
                    break;
                case IText:
                    break;
                default:
                    // Comments (including Word's conditional comments) and processing instructions.
                    child.RemoveFromParent();
                    break;
            }
        }
    }

    private static void CleanElement(IElement element)
    {
        var name = element.LocalName;
        if (DroppedWithContent.Contains(name))
        {
            element.RemoveFromParent();
            return;
        }
        if (!AllowedElements.Contains(name) || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri)
        {
            // Keep the text of harmless unknown wrappers (div, font, o:p, ...), drop the tag.
            CleanChildren(element);
            var parent = element.Parent;
            if (parent is not null)
            {
                var isBlock = name is "div" or "section" or "article" or "header" or "footer" or "main" or "aside";
                foreach (var child in element.ChildNodes.ToArray())
                {
                    parent.InsertBefore(child, element);
                }
                if (isBlock && element.NextSibling is not null)
                {
                    parent.InsertBefore(element.Owner!.CreateElement("br"), element);
                }
                element.RemoveFromParent();
            }
            return;
        }

        foreach (var attribute in element.Attributes.ToArray())
        {
            if (!IsAllowedAttribute(name, attribute.Name, attribute.Value))
            {
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }

        switch (name)
        {
            case "a" when element.HasAttribute("href"):
                element.SetAttribute("rel", "noopener noreferrer");
                if (IsExternal(element.GetAttribute("href")!))
                {
                    element.SetAttribute("target", "_blank");
                }
                break;
            case "img" when !element.HasAttribute("src"):
                element.RemoveFromParent();
                return;
            case "img":
                element.SetAttribute("loading", "lazy");
                if (!element.HasAttribute("alt"))
                {
                    element.SetAttribute("alt", "");
                }
                break;
            case "span":
                // A span with no attributes left carries nothing; unwrap it.
                CleanChildren(element);
                UnwrapIfBare(element);
                return;
        }
        CleanChildren(element);
    }

    private static void UnwrapIfBare(IElement element)
    {
        if (element.Attributes.Length > 0 || element.Parent is null)
        {
            return;
        }
        var parent = element.Parent;
        foreach (var child in element.ChildNodes.ToArray())
        {
            parent.InsertBefore(child, element);
        }
        element.RemoveFromParent();
    }

    private static bool IsAllowedAttribute(string element, string attribute, string value)
    {
        if (!AllowedAttributes.TryGetValue(element, out var allowed) || !allowed.Contains(attribute))
        {
            return false;
        }
        return attribute switch
        {
            "href" => IsSafeUrl(value, allowMailto: true),
            "src" => IsSafeUrl(value, allowMailto: false),
            "width" or "height" or "colspan" or "rowspan" or "start" => int.TryParse(value, out var n) && n is > 0 and < 10000,
            "scope" => value is "col" or "row" or "colgroup" or "rowgroup",
            _ => value.Length <= 500,
        };
    }

    public static bool IsSafeUrl(string? value, bool allowMailto)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so check without them.
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith("\\", StringComparison.Ordinal))
        {
            return false;
        }
        if (compact.StartsWith('/') || compact.StartsWith('#'))
        {
            return true;
        }
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            // Relative path such as "anh.jpg" or "../x": harmless.
            return compact.IndexOfAny(['\\']) < 0;
        }
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" || allowMailto && scheme is "mailto" or "tel";
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The visible text of a fragment, for leads, feeds, meta descriptions and search.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var fragment = Parser.ParseFragment(html, document.Body!);
        var text = string.Join(" ", fragment.Select(n => n.TextContent));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

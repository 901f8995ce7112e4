using System.Text;
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
    /// <summary>Deeper elements are unwrapped: real content never nests this deep, and a shallow tree keeps every later walk (serialiser, browser) cheap.</summary>
    public const int MaxDepth = 100;

    private static readonly HashSet<string> AllowedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "u", "s", "sub", "sup",
        "blockquote", "ul", "ol", "li", "a", "img", "figure", "figcaption", "table", "thead", "tbody",
        "tfoot", "tr", "th", "td", "caption", "pre", "code",
    };

    /// <summary>Presentational or page-level tags rewritten to their semantic equivalent (the article title is the page's h1).</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b"] = "strong",
        ["i"] = "em",
        ["h1"] = "h2",
    };

    /// <summary>Removed together with everything inside them.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "applet", "frame", "frameset", "noframes", "noscript", "template",
        "svg", "math", "head", "title", "meta", "link", "base", "form", "input", "button", "select",
        "textarea", "option", "xml", "audio", "video", "canvas", "dialog",
    };

    private static readonly HashSet<string> UnwrappedBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "header", "footer", "main", "aside", "nav", "address", "center",
    };

    /// <summary>Elements whose text is a separate block when a fragment is reduced to plain text.</summary>
    private static readonly HashSet<string> TextBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "pre", "div", "section", "article",
        "header", "footer", "main", "aside", "nav", "address", "center", "dl", "dt", "dd",
    };

    private static readonly Dictionary<string, HashSet<string>> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = new(StringComparer.OrdinalIgnoreCase) { "href", "title" },
        ["img"] = new(StringComparer.OrdinalIgnoreCase) { "src", "alt", "title", "width", "height" },
        ["td"] = new(StringComparer.OrdinalIgnoreCase) { "colspan", "rowspan" },
        ["th"] = new(StringComparer.OrdinalIgnoreCase) { "colspan", "rowspan", "scope" },
        ["ol"] = new(StringComparer.OrdinalIgnoreCase) { "start" },
    };

    // Whole-document parsing: AngleSharp's fragment parser is quadratic in the number of top-level nodes.
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
    });

    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var body = ParseBody(html);
        if (body is null)
        {
            return "";
        }
        Clean(body);
        RemoveEmptyParagraphs(body);
        return body.InnerHtml.Trim();
    }

    private static IElement? ParseBody(string html) =>
        Parser.ParseDocument("<!DOCTYPE html><html><head></head><body>" + html.Normalize(NormalizationForm.FormC)).Body;

    /// <summary>
    /// Walks the tree with an explicit stack: hostile input nests elements tens of thousands deep, and a recursive
    /// walk would overflow the stack and take the whole process down.
    /// </summary>
    private static void Clean(IElement root)
    {
        var pending = new Stack<(INode Node, int Depth)>();
        PushChildren(pending, root, 1);
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            switch (node)
            {
                case IElement element:
                    CleanElement(element, depth, pending);
                    break;
                case IText:
                    break;
                default:
                    // Comments (including Word's conditional comments) and processing instructions.
                    node.RemoveFromParent();
                    break;
            }
        }
    }

    private static void PushChildren(Stack<(INode, int)> pending, INode parent, int depth)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push((children[i], depth));
        }
    }

    private static void PushChildren(Stack<INode?> pending, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }

    private static void CleanElement(IElement element, int depth, Stack<(INode, int)> pending)
    {
        var name = element.LocalName;
        if (DroppedWithContent.Contains(name))
        {
            element.RemoveFromParent();
            return;
        }
        if (element.NamespaceUri == NamespaceNames.HtmlUri && Renamed.TryGetValue(name, out var renamed))
        {
            element = Rename(element, renamed);
            name = renamed;
        }
        if (!AllowedElements.Contains(name) || element.NamespaceUri != NamespaceNames.HtmlUri || depth > MaxDepth)
        {
            Unwrap(element, depth, pending);
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
                if (!element.HasAttribute("alt"))
                {
                    element.SetAttribute("alt", "");
                }
                element.SetAttribute("loading", "lazy");
                break;
        }
        PushChildren(pending, element, depth + 1);
    }

    /// <summary>Keeps the content of a harmless unknown wrapper (div, font, o:p, ...) in its place and drops the tag.</summary>
    private static void Unwrap(IElement element, int depth, Stack<(INode, int)> pending)
    {
        var parent = element.Parent;
        if (parent is null)
        {
            return;
        }
        var children = element.ChildNodes.ToArray();
        // An unwrapped block (div, section, ...) would run its text into the inline text around it.
        var isBlock = UnwrappedBlocks.Contains(element.LocalName) && children.Any(IsInlineContent);
        var firstContent = children.FirstOrDefault(c => c is IElement || c is IText t && !string.IsNullOrWhiteSpace(t.Data));
        if (isBlock && IsInlineContent(firstContent) && IsInlineContent(Sibling(element, forward: false)))
        {
            parent.InsertBefore(element.Owner!.CreateElement("br"), element);
        }
        foreach (var child in children)
        {
            parent.InsertBefore(child, element);
        }
        if (isBlock && IsInlineContent(Sibling(element, forward: true)) && IsInlineContent(Sibling(element, forward: false)))
        {
            parent.InsertBefore(element.Owner!.CreateElement("br"), element);
        }
        element.RemoveFromParent();
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push((children[i], depth));
        }
    }

    /// <summary>The nearest sibling that is neither a comment nor whitespace.</summary>
    private static INode? Sibling(INode node, bool forward)
    {
        var sibling = forward ? node.NextSibling : node.PreviousSibling;
        while (sibling is IComment || sibling is IText text && string.IsNullOrWhiteSpace(text.Data))
        {
            sibling = forward ? sibling.NextSibling : sibling.PreviousSibling;
        }
        return sibling;
    }

    /// <summary>Text or an inline element, which would share a line with what is next to it.</summary>
    private static bool IsInlineContent(INode? node) => node switch
    {
        IText text => !string.IsNullOrWhiteSpace(text.Data),
        IElement element => !TextBlocks.Contains(element.LocalName),
        _ => false,
    };

    /// <summary>Attributes are not carried over: none is allowed on the elements renamed to.</summary>
    private static IElement Rename(IElement element, string newName)
    {
        var replacement = element.Owner!.CreateElement(newName);
        foreach (var child in element.ChildNodes.ToArray())
        {
            replacement.AppendChild(child);
        }
        element.Parent!.ReplaceChild(replacement, element);
        return replacement;
    }

    /// <summary>Blank paragraphs (Word's &lt;o:p&gt;&amp;nbsp;&lt;/o:p&gt;, an editor's &lt;p&gt;&lt;br&gt;&lt;/p&gt;) only add gaps.</summary>
    private static void RemoveEmptyParagraphs(IElement root)
    {
        foreach (var paragraph in root.QuerySelectorAll("p").Reverse())
        {
            if (string.IsNullOrWhiteSpace(paragraph.TextContent) && paragraph.QuerySelector("img") is null)
            {
                paragraph.RemoveFromParent();
            }
        }
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
        // Browsers read "\" as "/" in http(s) URLs, so "/\host" and "\\host" are other sites just like "//host".
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith("/\\", StringComparison.Ordinal)
            || compact.StartsWith('\\'))
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

    private static bool IsExternal(string href)
    {
        var trimmed = href.Trim();
        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The visible text of a fragment, for leads, feeds, meta descriptions and search: blocks separated by a space, whitespace collapsed.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html) || ParseBody(html) is not { } body)
        {
            return "";
        }
        var text = new StringBuilder(html.Length);
        // Iterative for the same reason as Clean; null marks the end of a block.
        var pending = new Stack<INode?>();
        PushChildren(pending, body);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case null:
                    text.Append(' ');
                    break;
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when !DroppedWithContent.Contains(e.LocalName):
                    if (TextBlocks.Contains(e.LocalName))
                    {
                        text.Append(' ');
                        pending.Push(null);
                    }
                    PushChildren(pending, e);
                    break;
            }
        }
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DangBo.Web.Infrastructure.Text;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>A plain share link: no third-party script is loaded by the page.</summary>
public sealed record ShareLink(string Name, string Url)
{
    public bool OpensWebPage => Url.StartsWith("https://", StringComparison.Ordinal);
}

/// <summary>Machine-readable descriptions of an article: schema.org NewsArticle and share links.</summary>
public static class ArticleMetadata
{
    // Keeps Vietnamese letters readable while still escaping <, >, & and quotes, so the JSON can never close its script element.
    private static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="url">Absolute address of the article.</param>
    /// <param name="imageUrl">Absolute address of the cover image, when there is one.</param>
    /// <param name="logoUrl">Absolute address of the publisher's logo.</param>
    public static string NewsArticleJsonLd(ArticleDetail article, string url, string? imageUrl, string publisherName, string logoUrl)
    {
        var data = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = new Dictionary<string, object> { ["@type"] = "WebPage", ["@id"] = url },
            ["datePublished"] = VietnamTime.FormatIso(article.PublishedAt),
            ["dateModified"] = VietnamTime.FormatIso(article.UpdatedAt > article.PublishedAt ? article.UpdatedAt : article.PublishedAt),
            ["articleSection"] = article.CategoryName,
            ["inLanguage"] = "vi",
            ["publisher"] = new Dictionary<string, object>
            {
                ["@type"] = "Organization",
                ["name"] = publisherName,
                ["logo"] = new Dictionary<string, object> { ["@type"] = "ImageObject", ["url"] = logoUrl },
            },
        };
        if (!string.IsNullOrWhiteSpace(article.Lead))
        {
            data["description"] = article.Lead;
        }
        if (imageUrl is not null)
        {
            data["image"] = new[] { imageUrl };
        }
        data["author"] = article.Byline is { Length: > 0 } byline
            ? new Dictionary<string, object> { ["@type"] = "Person", ["name"] = byline }
            : new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = publisherName };
        return JsonSerializer.Serialize(data, JsonLdOptions);
    }

    public static IReadOnlyList<ShareLink> ShareLinks(string url, string title)
    {
        var u = Uri.EscapeDataString(url);
        var t = Uri.EscapeDataString(title);
        return
        [
            new("Facebook", $"https://www.facebook.com/sharer/sharer.php?u={u}"),
            new("Zalo", $"https://sp.zalo.me/share_to_zalo?url={u}"),
            new("X", $"https://x.com/intent/post?url={u}&text={t}"),
            new("Thư điện tử", $"mailto:?subject={t}&body={u}"),
        ];
    }
}

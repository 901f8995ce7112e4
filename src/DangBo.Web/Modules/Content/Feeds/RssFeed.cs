using System.Globalization;
using System.Text;
using System.Xml;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Html;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Infrastructure.Web.Caching;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Feeds;

public sealed record RssChannel(string Title, string Link, string Description, string SelfLink, DateTime LastBuildDate, string? ImageUrl);

public sealed record RssCover(string Url, string? ContentType, long? Length, int? Width, int? Height, string? Caption);

/// <summary>The portal an item carried from another portal comes from: its name and its feed (RSS's &lt;source&gt;).</summary>
public sealed record RssSource(string Name, string FeedUrl);

public sealed record RssItem(string Title, string Link, string Description, DateTime PublishedAt, string Category, string? Creator, RssCover? Cover,
    RssSource? Source = null);

/// <summary>The latest published articles of a portal (or of one category), as RSS 2.0 items.</summary>
public static class RssFeed
{
    public const int ItemCount = 30;
    /// <summary>Minutes a reader may cache the feed before asking again.</summary>
    public const int TimeToLive = 15;
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const int FallbackDescriptionLength = 300;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";

    /// <param name="carriedIds">Articles of other portals the category carries (newest first), merged in by date: their
    /// address is on this portal too, and each names its own portal as its source (found in <paramref name="portals"/>).</param>
    public static async Task<List<RssItem>> LoadItemsAsync(DangBoDbContext db, HttpRequest request, int portalId, int? categoryId, DateTime nowUtc, CancellationToken ct,
        IReadOnlyList<int>? carriedIds = null, PortalSet? portals = null)
    {
        var query = db.Articles.AsNoTracking().VisibleToReaders(portalId, nowUtc);
        if (categoryId is not null)
        {
            query = query.Where(a => a.CategoryId == categoryId);
        }
        // Only the fields a feed shows; the body is read only when there is no lead to describe the article.
        static IQueryable<FeedRow> Rows(IQueryable<Article> articles) => articles
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(ItemCount)
            .Select(a => new FeedRow(a.Id, a.PortalId, a.Title, a.Slug, a.Lead, a.PublishedAt, a.CoverImagePath, a.CoverImageCaption, a.Author, a.PenName,
                a.Category!.Slug, a.Category.Name, a.Lead == "" ? a.BodyHtml : null));
        var rows = await Rows(query).ToListAsync(ct);
        if (carriedIds is { Count: > 0 })
        {
            var ids = carriedIds.Take(ItemCount).ToList();
            rows = [.. rows.Concat(await Rows(db.Articles.AsNoTracking().PublicAt(nowUtc).Where(a => ids.Contains(a.Id))).ToListAsync(ct))
                .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(ItemCount)];
        }

        var mediaPaths = rows.Select(r => StoragePathOf(r.CoverImagePath)).OfType<string>().Distinct().ToList();
        var media = mediaPaths.Count == 0
            ? []
            : await db.MediaFiles.AsNoTracking().Where(m => mediaPaths.Contains(m.StoragePath))
                .Select(m => new { m.StoragePath, m.ContentType, m.SizeBytes, m.Width, m.Height })
                .ToDictionaryAsync(m => m.StoragePath, StringComparer.Ordinal, ct);

        // A carried item's source is its portal's name and feed: the feed goes when that portal is renamed (its tag).
        var sources = rows.Where(r => r.PortalId != portalId).Select(r => r.PortalId).Distinct()
            .Select(id => portals?.ById(id)).OfType<PortalInfo>()
            .ToDictionary(p => p.Id, p => new RssSource(p.Name, $"{request.Scheme}://{request.Host.ToUriComponent()}{p.Url(ContentUrls.SiteFeed)}"));
        if (sources.Count > 0)
        {
            request.HttpContext.TagResponse([.. sources.Keys.Select(CacheTags.Portal)]);
        }

        return rows.Select(r =>
        {
            RssCover? cover = null;
            if (!string.IsNullOrWhiteSpace(r.CoverImagePath))
            {
                var stored = StoragePathOf(r.CoverImagePath) is { } path && media.TryGetValue(path, out var m) ? m : null;
                cover = new RssCover(SiteAddress.Absolute(request, r.CoverImagePath), stored?.ContentType, stored?.SizeBytes,
                    stored?.Width, stored?.Height, r.CoverImageCaption);
            }
            var description = r.Lead.Length > 0 ? r.Lead : Shorten(HtmlSanitizer.ToPlainText(r.Body), FallbackDescriptionLength);
            var byline = string.IsNullOrWhiteSpace(r.PenName) ? r.Author : r.PenName;
            return new RssItem(r.Title, SiteAddress.Absolute(request, ContentUrls.Article(r.CategorySlug, r.Slug)), description,
                r.PublishedAt!.Value, r.CategoryName, string.IsNullOrWhiteSpace(byline) ? null : byline, cover, sources.GetValueOrDefault(r.PortalId));
        }).ToList();
    }

    private sealed record FeedRow(int Id, int PortalId, string Title, string Slug, string Lead, DateTime? PublishedAt, string? CoverImagePath,
        string? CoverImageCaption, string? Author, string? PenName, string CategorySlug, string CategoryName, string? Body);

    /// <summary>"/media/2026/11/x.jpg" → "2026/11/x.jpg", the key of a stored <see cref="Media.Models.MediaFile"/>; null for other addresses.</summary>
    private static string? StoragePathOf(string? coverPath)
    {
        const string prefix = "/media/";
        if (coverPath is null || !coverPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var path = coverPath[prefix.Length..];
        var query = path.IndexOfAny(['?', '#']);
        return query >= 0 ? path[..query] : path;
    }

    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', maxLength);
        return (cut > maxLength / 2 ? text[..cut] : text[..maxLength]) + "…";
    }

    public static byte[] Write(RssChannel channel, IReadOnlyList<RssItem> items)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            w.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
            w.WriteAttributeString("xmlns", "media", null, MediaNamespace);
            w.WriteStartElement("channel");
            Element(w, "title", channel.Title);
            Element(w, "link", channel.Link);
            Element(w, "description", channel.Description);
            Element(w, "language", "vi-VN");
            Element(w, "lastBuildDate", VietnamTime.FormatRfc1123(channel.LastBuildDate));
            Element(w, "ttl", TimeToLive.ToString(CultureInfo.InvariantCulture));
            w.WriteStartElement("atom", "link", AtomNamespace);
            w.WriteAttributeString("href", XmlText.Safe(channel.SelfLink));
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            if (channel.ImageUrl is not null)
            {
                w.WriteStartElement("image");
                Element(w, "url", channel.ImageUrl);
                Element(w, "title", channel.Title);
                Element(w, "link", channel.Link);
                w.WriteEndElement();
            }
            foreach (var item in items)
            {
                WriteItem(w, item);
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteItem(XmlWriter w, RssItem item)
    {
        w.WriteStartElement("item");
        Element(w, "title", item.Title);
        Element(w, "link", item.Link);
        w.WriteStartElement("guid");
        w.WriteAttributeString("isPermaLink", "true");
        w.WriteString(XmlText.Safe(item.Link));
        w.WriteEndElement();
        if (item.Description.Length > 0)
        {
            Element(w, "description", item.Description);
        }
        Element(w, "pubDate", VietnamTime.FormatRfc1123(item.PublishedAt));
        Element(w, "category", item.Category);
        if (item.Source is { } source)
        {
            w.WriteStartElement("source");
            w.WriteAttributeString("url", XmlText.Safe(source.FeedUrl));
            w.WriteString(XmlText.Safe(source.Name));
            w.WriteEndElement();
        }
        if (item.Creator is not null)
        {
            // The public byline only: RSS's own <author> must be an e-mail address, which staff accounts never expose.
            w.WriteElementString("dc", "creator", DublinCoreNamespace, XmlText.Safe(item.Creator));
        }
        if (item.Cover is { } cover)
        {
            // An enclosure must state its exact length, which is known only for files this site stores.
            if (cover.ContentType is not null && cover.Length is not null)
            {
                w.WriteStartElement("enclosure");
                w.WriteAttributeString("url", XmlText.Safe(cover.Url));
                w.WriteAttributeString("length", cover.Length.Value.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("type", cover.ContentType);
                w.WriteEndElement();
            }
            w.WriteStartElement("media", "content", MediaNamespace);
            w.WriteAttributeString("url", XmlText.Safe(cover.Url));
            w.WriteAttributeString("medium", "image");
            if (cover.ContentType is not null)
            {
                w.WriteAttributeString("type", cover.ContentType);
            }
            if (cover.Length is not null)
            {
                w.WriteAttributeString("fileSize", cover.Length.Value.ToString(CultureInfo.InvariantCulture));
            }
            if (cover.Width is not null && cover.Height is not null)
            {
                w.WriteAttributeString("width", cover.Width.Value.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("height", cover.Height.Value.ToString(CultureInfo.InvariantCulture));
            }
            if (!string.IsNullOrWhiteSpace(cover.Caption))
            {
                w.WriteStartElement("media", "description", MediaNamespace);
                w.WriteAttributeString("type", "plain");
                w.WriteString(XmlText.Safe(cover.Caption));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string value) => w.WriteElementString(name, XmlText.Safe(value));
}

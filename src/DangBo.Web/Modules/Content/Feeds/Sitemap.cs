using System.Text;
using System.Xml;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Documents.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Feeds;

public sealed class SitemapOptions
{
    public const string SectionName = "Sitemap";

    /// <summary>The sitemaps.org limit of addresses in one sitemap file.</summary>
    public const int MaxPageSize = 50_000;

    /// <summary>Addresses per sitemap file; above it /sitemap.xml becomes an index of numbered sitemaps. Lowered in tests.</summary>
    public int PageSize { get; set; } = MaxPageSize;

    public int EffectivePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}

public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc);

/// <summary>
/// Every public address of a portal in a fixed order: home, introduction and organisation, categories, special
/// topics, then published articles by id, so that adding an article never moves the others between sitemap files.
/// </summary>
public sealed class Sitemap(DangBoDbContext db, int portalId, DateTime nowUtc)
{
    public const string ContentType = "application/xml; charset=utf-8";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private List<SitemapEntry>? _fixed;

    private IQueryable<Article> PublishedArticles => db.Articles.AsNoTracking().VisibleToReaders(portalId, nowUtc);

    /// <summary>Everything but the articles: a few dozen addresses at most, loaded at once.</summary>
    public async Task<IReadOnlyList<SitemapEntry>> FixedEntriesAsync(CancellationToken ct)
    {
        if (_fixed is not null)
        {
            return _fixed;
        }
        var latest = await PublishedArticles.MaxAsync(a => a.PublishedAt, ct);
        var entries = new List<SitemapEntry> { new(ContentUrls.Home, latest) };
        var pages = await db.StaticPages.AsNoTracking()
            .Where(p => p.PortalId == portalId && p.IsPublished)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new { p.Slug, p.UpdatedAt })
            .ToListAsync(ct);
        entries.AddRange(pages.Select(p => new SitemapEntry(ContentUrls.StaticPage(p.Slug), p.UpdatedAt == default ? null : p.UpdatedAt)));
        entries.Add(new SitemapEntry(ContentUrls.Organisation, null));
        var categories = await db.Categories.AsNoTracking()
            .Where(c => c.PortalId == portalId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => c.Slug)
            .ToListAsync(ct);
        entries.AddRange(categories.Select(slug => new SitemapEntry(ContentUrls.Category(slug), null)));
        var topics = await db.Topics.AsNoTracking()
            .Where(t => t.PortalId == portalId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => t.Slug)
            .ToListAsync(ct);
        entries.AddRange(topics.Select(slug => new SitemapEntry(ContentUrls.Topic(slug), null)));
        // Only what an anonymous reader may open: the documents library's one visibility rule decides.
        entries.Add(new SitemapEntry(Documents.DocumentsUrls.Library, null));
        var documents = await db.Documents.AsNoTracking().Where(d => d.PortalId == portalId)
            .VisibleTo(Documents.Services.DocumentReader.Anonymous)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Slug, d.UpdatedAt })
            .ToListAsync(ct);
        entries.AddRange(documents.Select(d => new SitemapEntry(Documents.DocumentsUrls.Document(d.Id, d.Slug), d.UpdatedAt)));
        return _fixed = entries;
    }

    public async Task<int> CountAsync(CancellationToken ct) =>
        (await FixedEntriesAsync(ct)).Count + await PublishedArticles.CountAsync(ct);

    /// <summary>Entries [skip, skip + take) of the whole list; articles are streamed from the database, not loaded at once.</summary>
    public async IAsyncEnumerable<SitemapEntry> EntriesAsync(int skip, int take, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var fixedEntries = await FixedEntriesAsync(ct);
        foreach (var entry in fixedEntries.Skip(skip).Take(take))
        {
            yield return entry;
        }
        var articleSkip = Math.Max(0, skip - fixedEntries.Count);
        var articleTake = take - Math.Max(0, Math.Min(take, fixedEntries.Count - skip));
        if (articleTake <= 0)
        {
            yield break;
        }
        var articles = PublishedArticles
            .OrderBy(a => a.Id)
            .Skip(articleSkip).Take(articleTake)
            .Select(a => new { CategorySlug = a.Category!.Slug, a.Slug, a.PublishedAt, a.UpdatedAt })
            .AsAsyncEnumerable();
        await foreach (var a in articles.WithCancellation(ct))
        {
            // Publication changes the page too, and UpdatedAt can predate it.
            var modified = a.PublishedAt is { } published && published > a.UpdatedAt ? published : a.UpdatedAt;
            yield return new SitemapEntry(ContentUrls.Article(a.CategorySlug, a.Slug), modified);
        }
    }

    private static XmlWriter CreateWriter(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true });

    public static async Task WriteUrlSetAsync(Stream stream, string root, IAsyncEnumerable<SitemapEntry> entries, CancellationToken ct)
    {
        await using var w = CreateWriter(stream);
        await w.WriteStartDocumentAsync();
        await w.WriteStartElementAsync(null, "urlset", Namespace);
        await foreach (var entry in entries.WithCancellation(ct))
        {
            await w.WriteStartElementAsync(null, "url", Namespace);
            await w.WriteElementStringAsync(null, "loc", Namespace, XmlText.Safe(root + entry.Path));
            if (entry.LastModifiedUtc is { } modified)
            {
                await w.WriteElementStringAsync(null, "lastmod", Namespace, VietnamTime.FormatIso(modified));
            }
            await w.WriteEndElementAsync();
        }
        await w.WriteEndElementAsync();
        await w.WriteEndDocumentAsync();
        await w.FlushAsync();
    }

    public static async Task WriteIndexAsync(Stream stream, string root, int pageCount)
    {
        await using var w = CreateWriter(stream);
        await w.WriteStartDocumentAsync();
        await w.WriteStartElementAsync(null, "sitemapindex", Namespace);
        for (var page = 1; page <= pageCount; page++)
        {
            await w.WriteStartElementAsync(null, "sitemap", Namespace);
            await w.WriteElementStringAsync(null, "loc", Namespace, root + ContentUrls.XmlSitemapPage(page));
            await w.WriteEndElementAsync();
        }
        await w.WriteEndElementAsync();
        await w.WriteEndDocumentAsync();
        await w.FlushAsync();
    }
}

using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// Articles as search entries. Every published article has an entry (also one scheduled for later: the time
/// is checked when searching); drafts and unpublished articles have none.
/// </summary>
public static partial class ArticleSearchSource
{
    private sealed record Row(int Id, int PortalId, int UnitId, int CategoryId, string CategorySlug, string Title, string Slug,
        string Lead, string BodyHtml, ArticleStatus Status, DateTime? PublishedAt);

    /// <summary>Brings the entries of these articles in line with the articles as they are now in <paramref name="db"/>.</summary>
    public static async Task SyncAsync(DangBoDbContext db, ISearchIndex index, IReadOnlyCollection<int> articleIds, CancellationToken ct)
    {
        foreach (var chunk in articleIds.Chunk(500))
        {
            var rows = await Rows(db, db.Articles.Where(a => chunk.Contains(a.Id))).ToDictionaryAsync(r => r.Id, ct);
            foreach (var id in chunk)
            {
                if (rows.TryGetValue(id, out var row) && row.Status == ArticleStatus.Published && row.PublishedAt is not null)
                {
                    await index.UpsertAsync(ToEntry(row), ct);
                }
                else
                {
                    await index.RemoveAsync(SearchTypes.Article, id, ct);
                }
            }
        }
    }

    /// <summary>Entries of every published article, read in batches so that large sites never sit in memory whole.</summary>
    public static async IAsyncEnumerable<SearchEntry> AllAsync(DangBoDbContext db, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var lastId = 0;
        while (true)
        {
            var batch = db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.Id > lastId).OrderBy(a => a.Id).Take(1000);
            var rows = (await Rows(db, batch).ToListAsync(ct)).OrderBy(r => r.Id).ToList();
            if (rows.Count == 0)
            {
                yield break;
            }
            // Cutting and folding the text is most of a rebuild's work: the rows of a batch are done on every core.
            foreach (var entry in rows.AsParallel().AsOrdered().Select(ToEntry).ToList())
            {
                yield return entry;
            }
            lastId = rows[^1].Id;
        }
    }

    private static IQueryable<Row> Rows(DangBoDbContext db, IQueryable<Article> articles) =>
        from a in articles.AsNoTracking()
        join p in db.Set<Portal>() on a.PortalId equals p.Id
        select new Row(a.Id, a.PortalId, p.UnitId, a.CategoryId, a.Category!.Slug, a.Title, a.Slug, a.Lead, a.BodyHtml, a.Status, a.PublishedAt);

    private static SearchEntry ToEntry(Row a)
    {
        var body = PlainText(a.BodyHtml);
        return new SearchEntry
        {
            Type = SearchTypes.Article,
            ItemId = a.Id,
            PortalId = a.PortalId,
            UnitId = a.UnitId,
            CategoryId = a.CategoryId,
            Title = a.Title,
            Summary = a.Lead,
            Body = body,
            Url = ContentUrls.Article(a.CategorySlug, a.Slug),
            PublishedAt = a.PublishedAt!.Value,
            TitleTerms = SearchText.FoldedTerms(a.Title),
            SummaryTerms = SearchText.FoldedTerms(a.Lead),
            BodyTerms = SearchText.FoldedTerms(body),
            CodeTerms = string.Join(' ', SearchText.CodeTerms(a.Title).Concat(SearchText.CodeTerms(a.Lead)).Concat(SearchText.CodeTerms(body)).Distinct()),
            ExactTerms = SearchText.ExactTerms(a.Title + "\n" + a.Lead + "\n" + body),
        };
    }

    /// <summary>Text of sanitised HTML: tags become spaces (so paragraphs do not run together), entities are decoded.</summary>
    public static string PlainText(string html)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        return Spaces().Replace(text, " ").Trim().Normalize(System.Text.NormalizationForm.FormC);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

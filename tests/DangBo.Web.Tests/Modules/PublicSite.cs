using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules;

/// <summary>Arranging public content and reading pages as a reader sees them.</summary>
internal static class PublicSite
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var (response, document) = await client.GetPageAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return document;
    }

    public static Task<int> RootPortalIdAsync(this DangBoFactory factory) =>
        factory.WithDbAsync(db => db.Portals.Where(p => p.IsRoot).Select(p => p.Id).SingleAsync());

    /// <summary>A category of the test's own, so that counts and order on its pages are the test's alone.</summary>
    public static async Task<Category> CreateCategoryAsync(this DangBoFactory factory, string? name = null)
    {
        var portalId = await factory.RootPortalIdAsync();
        var slug = Unique("chuyen-muc");
        var category = new Category { PortalId = portalId, Name = name ?? "Chuyên mục " + slug[^6..], Slug = slug };
        await factory.WithDbAsync(async db =>
        {
            db.Categories.Add(category);
            await db.SaveChangesAsync();
        });
        return category;
    }

    public static Task<Category> DemoCategoryAsync(this DangBoFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Categories.AsNoTracking().SingleAsync(c => c.Slug == slug && db.Portals.Any(p => p.Id == c.PortalId && p.IsRoot)));

    /// <summary>Creates an article in the category; published at <paramref name="publishedAt"/> unless it is null (a draft).</summary>
    public static async Task<Article> CreateArticleAsync(this DangBoFactory factory, Category category, DateTime? publishedAt,
        Action<Article>? configure = null)
    {
        var slug = Unique("tin-thu");
        var now = DateTime.UtcNow;
        var article = new Article
        {
            PortalId = category.PortalId,
            CategoryId = category.Id,
            Title = "Tin thử " + slug[^10..],
            Slug = slug,
            Lead = "Sapo của tin thử " + slug[^10..],
            BodyHtml = "<p>Nội dung tin thử " + slug[^10..] + "</p>",
            Author = "Nguyễn Phóng Viên",
            CreatedAt = now,
            UpdatedAt = now,
        };
        configure?.Invoke(article);
        if (publishedAt is not null)
        {
            article.Publish(now, publishedAt);
        }
        await factory.WithDbAsync(async db =>
        {
            // Topics already exist: only the links to them are new.
            foreach (var topic in article.Topics)
            {
                db.Attach(topic);
            }
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        });
        return article;
    }
}

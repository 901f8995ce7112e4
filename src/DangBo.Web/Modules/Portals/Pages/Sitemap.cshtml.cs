using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Pages;

public sealed record SitemapLink(string Title, string Url, IReadOnlyList<SitemapLink> Children);

/// <summary>The site map as a text tree, as Circular 32/2017 asks next to the XML one.</summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class SitemapModel(CurrentPortal currentPortal, DangBoDbContext db) : PageModel
{
    public IReadOnlyList<SitemapLink> Tree { get; private set; } = [];

    [ViewData] public string Title { get; set; } = "Sơ đồ trang";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        HttpContext.TagResponse(CacheTags.Listings(portal.Id));
        var pages = await db.PublishedStaticPages(portal.Id).Select(p => new { p.Title, p.Slug }).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.PortalId == portal.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.ParentId, c.Name, c.Slug })
            .ToListAsync(ct);
        var topics = await db.ActiveTopicCards(portal.Id).ToListAsync(ct);

        var subcategories = categories.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        var topCategories = categories.Where(c => c.ParentId is null || categories.All(p => p.Id != c.ParentId));
        Tree =
        [
            new("Trang chủ", "/", []),
            new("Giới thiệu", ContentUrls.Introduction,
            [
                .. pages.Select(p => new SitemapLink(p.Title, ContentUrls.StaticPage(p.Slug), [])),
                new("Cơ cấu tổ chức", ContentUrls.Organisation, []),
            ]),
            new("Tin tức", "", topCategories.Select(c => new SitemapLink(c.Name, ContentUrls.Category(c.Slug),
                subcategories[c.Id].Select(s => new SitemapLink(s.Name, ContentUrls.Category(s.Slug), [])).ToList())).ToList()),
            new("Chuyên đề", ContentUrls.Topics, topics.Select(t => new SitemapLink(t.Name, t.Url, [])).ToList()),
            new("Văn bản", Documents.DocumentsUrls.Library, []),
            new("Kênh tin RSS", ContentUrls.FeedList, []),
            new("Sơ đồ trang dạng XML", ContentUrls.XmlSitemap, []),
        ];
    }
}

using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class CategoryModel(CurrentPortal currentPortal, DangBoDbContext db, PublishedArticles articles) : PageModel
{
    public sealed record CategoryView(int Id, string Name, string Slug, string? Description);

    public CategoryView Category { get; private set; } = null!;
    public PagedList<ArticleCard> Articles { get; private set; } = null!;

    [ViewData] public string? Title { get; set; }
    [ViewData] public string? Description { get; set; }
    [ViewData] public string? CanonicalPath { get; set; }
    [ViewData] public FeedLink? SectionFeed { get; set; }

    public async Task<IActionResult> OnGetAsync(string? categorySlug, [FromQuery(Name = PageNumber.QueryName)] string? page, CancellationToken ct)
    {
        // A segment of spaces only (/%20) reaches the handler as null.
        if (string.IsNullOrWhiteSpace(categorySlug) || PageNumber.Parse(page) is not int pageNumber)
        {
            return NotFound();
        }
        var portal = await currentPortal.GetAsync(ct);
        var slug = categorySlug.ToLowerInvariant();
        var category = await db.Categories.AsNoTracking()
            .Where(c => c.PortalId == portal.Id && c.Slug == slug)
            .Select(c => new CategoryView(c.Id, c.Name, c.Slug, c.Description))
            .FirstOrDefaultAsync(ct);
        if (category is null)
        {
            return NotFound();
        }
        var carried = await articles.CarriedInCategoryAsync(portal.Id, category.Slug, ct);
        if (await articles.PageOfCategoryAsync(portal.Id, category.Id, category.Slug, category.Name, pageNumber, carried, ct) is not { } list)
        {
            return NotFound();
        }
        HttpContext.TagResponse([CacheTags.Category(category.Id), .. CacheTags.ForCarriedIn(portal.Id, carried)]);
        Category = category;
        Articles = list;
        Title = pageNumber > 1 ? $"{category.Name} - Trang {pageNumber}" : category.Name;
        Description = category.Description;
        CanonicalPath = ContentUrls.Category(category.Slug, pageNumber);
        SectionFeed = new FeedLink($"{category.Name} | {portal.Name}", ContentUrls.CategoryFeed(category.Slug));
        return Page();
    }
}

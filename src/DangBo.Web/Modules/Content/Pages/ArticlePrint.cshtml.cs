using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DangBo.Web.Modules.Content.Pages;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class ArticlePrintModel(CurrentPortal currentPortal, PublishedArticles articles) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;
    public string AbsoluteUrl { get; private set; } = "";

    [ViewData] public string? Title { get; set; }
    [ViewData] public bool NoIndex { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(string? categorySlug, string? articleSlug, CancellationToken ct)
    {
        // A segment of spaces only (/%20) reaches the handler as null.
        if (string.IsNullOrWhiteSpace(categorySlug) || string.IsNullOrWhiteSpace(articleSlug))
        {
            return NotFound();
        }
        var portal = await currentPortal.GetAsync(ct);
        var article = await articles.FindAsync(portal.Id, articleSlug.ToLowerInvariant(), ct);
        if (article is null)
        {
            return NotFound();
        }
        if (!string.Equals(categorySlug, article.CategorySlug, StringComparison.Ordinal) || articleSlug != article.Slug)
        {
            return RedirectPermanent(article.PrintUrl);
        }
        HttpContext.TagResponse([CacheTags.Article(article.Id), CacheTags.Category(article.CategoryId), .. article.Topics.Select(t => CacheTags.Topic(t.Id))]);
        Article = article;
        AbsoluteUrl = Request.AbsoluteUrl(article.Url);
        Title = article.Title;
        return Page();
    }
}

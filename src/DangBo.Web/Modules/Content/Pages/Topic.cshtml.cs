using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class TopicModel(CurrentPortal currentPortal, DangBoDbContext db, PublishedArticles articles) : PageModel
{
    public sealed record TopicView(int Id, string Name, string Slug, string? Description, string? CoverImagePath);

    public TopicView Topic { get; private set; } = null!;
    public PagedList<ArticleCard> Articles { get; private set; } = null!;

    [ViewData] public string? Title { get; set; }
    [ViewData] public string? Description { get; set; }
    [ViewData] public string? CanonicalPath { get; set; }

    // Inactive topics keep their page: published articles link to them and addresses stay stable.
    public async Task<IActionResult> OnGetAsync(string? topicSlug, [FromQuery(Name = PageNumber.QueryName)] string? page, CancellationToken ct)
    {
        // A segment of spaces only (/%20) reaches the handler as null.
        if (string.IsNullOrWhiteSpace(topicSlug) || PageNumber.Parse(page) is not int pageNumber)
        {
            return NotFound();
        }
        var portal = await currentPortal.GetAsync(ct);
        var slug = topicSlug.ToLowerInvariant();
        var topic = await db.Topics.AsNoTracking()
            .Where(t => t.PortalId == portal.Id && t.Slug == slug)
            .Select(t => new TopicView(t.Id, t.Name, t.Slug, t.Description, t.CoverImagePath))
            .FirstOrDefaultAsync(ct);
        if (topic is null || await articles.PageOfTopicAsync(portal.Id, topic.Id, pageNumber, ct) is not { } list)
        {
            return NotFound();
        }
        HttpContext.TagResponse(CacheTags.Topic(topic.Id), CacheTags.Topics(portal.Id));
        Topic = topic;
        Articles = list;
        Title = pageNumber > 1 ? $"{topic.Name} - Trang {pageNumber}" : topic.Name;
        Description = topic.Description;
        CanonicalPath = ContentUrls.Topic(topic.Slug, pageNumber);
        return Page();
    }
}

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
public sealed class TopicsModel(CurrentPortal currentPortal, DangBoDbContext db) : PageModel
{
    public IReadOnlyList<TopicCard> Topics { get; private set; } = [];

    [ViewData] public string Title { get; set; } = "Chuyên đề";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        HttpContext.TagResponse(CacheTags.Topics(portal.Id));
        Topics = await db.ActiveTopicCards(portal.Id).ToListAsync(ct);
    }
}

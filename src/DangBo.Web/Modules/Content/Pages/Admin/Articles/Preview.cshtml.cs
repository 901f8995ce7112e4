using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

/// <summary>The article in the public layout, as readers will see it, whatever its status.</summary>
public sealed class PreviewModel(ArticlePreviews previews, CurrentPortal currentPortal) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;
    public ArticleStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (await previews.DetailAsync(portal.Id, id, ct) is not { } article)
        {
            return NotFound();
        }
        Article = article;
        Status = await previews.StatusAsync(id, ct);
        return Page();
    }
}

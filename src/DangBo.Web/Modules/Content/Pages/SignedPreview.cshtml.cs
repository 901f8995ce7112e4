using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Content.Pages;

/// <summary>An article in any state, as readers will see it, for whoever holds an unexpired preview link; no sign-in.</summary>
public sealed class SignedPreviewModel(ArticlePreviews previews, CurrentPortal currentPortal) : PageModel
{
    public ArticleDetail? Article { get; private set; }
    public ArticleStatus Status { get; private set; }

    [ViewData] public string? Title { get; set; }
    [ViewData] public bool NoIndex { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (previews.Read(token) is not { } id || await previews.DetailAsync(portal.Id, id, ct) is not { } article)
        {
            Title = "Liên kết xem trước không dùng được";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Article = article;
        Status = await previews.StatusAsync(id, ct);
        Title = "Xem trước: " + article.Title;
        return Page();
    }
}

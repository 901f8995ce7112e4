using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

/// <summary>Sharing one published article with the other levels: propose it to the parent portal, push it to portals below.</summary>
public sealed class ShareModel(DangBoDbContext db, ArticleSharing sharing, CurrentPortal currentPortal, PortalDirectory portals,
    IAuthorizationService authorization) : PageModel
{
    public int ArticleId { get; private set; }
    public string ArticleTitle { get; private set; } = "";
    public bool IsPublished { get; private set; }
    public bool MayShare { get; private set; }
    public PortalInfo? Parent { get; private set; }
    public IReadOnlyList<PortalInfo> Below { get; private set; } = [];
    public IReadOnlyList<ShareRow> Shares { get; private set; } = [];

    [BindProperty] public string? Note { get; set; }
    [BindProperty] public List<int> Targets { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostProposeAsync(int id, CancellationToken ct) =>
        ActAsync(id, async portal =>
        {
            await sharing.ProposeAsync(portal, id, Note, User, ct);
            return "Đã đề xuất tin bài lên cổng cấp trên; ban biên tập cấp trên sẽ duyệt.";
        }, ct);

    public Task<IActionResult> OnPostPushAsync(int id, CancellationToken ct) =>
        ActAsync(id, async portal =>
        {
            var count = await sharing.PushAsync(portal, id, Targets, Note, User, ct);
            return count == 0 ? "Các cổng đã chọn đều đang đăng tin bài này." : $"Đã chuyển tin bài xuống {count} cổng cấp dưới.";
        }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, int shareId, CancellationToken ct) =>
        ActAsync(id, async portal =>
        {
            await sharing.WithdrawAsync(portal, shareId, User, ct);
            return "Đã thu hồi.";
        }, ct);

    private async Task<IActionResult> ActAsync(int id, Func<PortalInfo, Task<string>> act, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (!await authorization.IsAllowedAsync(User, portal.Scope, ContentPermissions.ShareArticles))
        {
            return Forbid();
        }
        try
        {
            TempData["Flash"] = await act(portal);
            return RedirectToPage(new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id && a.PortalId == portal.Id)
            .Select(a => new { a.Id, a.Title, a.Status }).FirstOrDefaultAsync(ct);
        if (article is null)
        {
            return false;
        }
        var set = await portals.GetAsync(ct);
        ArticleId = article.Id;
        ArticleTitle = article.Title;
        IsPublished = article.Status == ArticleStatus.Published;
        MayShare = await authorization.IsAllowedAsync(User, portal.Scope, ContentPermissions.ShareArticles);
        Parent = set.Parent(portal);
        Below = set.BelowForListing(portal);
        Shares = await sharing.OfArticleAsync(id, ct);
        return true;
    }
}

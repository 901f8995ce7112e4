using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Content.Pages.Admin.Shares;

/// <summary>
/// The portal's side of content flowing between levels: proposals from portals below waiting for a decision, what
/// it carries for other portals, and what it sent.
/// </summary>
public sealed class IndexModel(DangBoDbContext db, ArticleSharing sharing, CurrentPortal currentPortal, PortalDirectory directory) : PageModel
{
    private const int ListSize = 50;

    public IReadOnlyList<ShareRow> Proposals { get; private set; } = [];
    public IReadOnlyList<ShareRow> Carried { get; private set; } = [];
    public IReadOnlyList<ShareRow> Sent { get; private set; } = [];
    /// <summary>Absolute paths of the portals, by id, for links to the articles on their own portal.</summary>
    public PortalSet Portals { get; private set; } = null!;

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? DeclineShareId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAcceptAsync(int shareId, CancellationToken ct) =>
        ActAsync(portal => sharing.AcceptAsync(portal, shareId, User, ct), "Đã chấp nhận; tin bài được đăng trên cổng này.", null, ct);

    public Task<IActionResult> OnPostDeclineAsync(int shareId, CancellationToken ct) =>
        ActAsync(portal => sharing.DeclineAsync(portal, shareId, Reason, User, ct), "Đã từ chối đề xuất; đơn vị đề xuất sẽ thấy lý do.", shareId, ct);

    public Task<IActionResult> OnPostWithdrawAsync(int shareId, CancellationToken ct) =>
        ActAsync(portal => sharing.WithdrawAsync(portal, shareId, User, ct), "Đã gỡ tin bài khỏi cổng này.", null, ct);

    private async Task<IActionResult> ActAsync(Func<PortalInfo, Task> act, string done, int? shareId, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        try
        {
            await act(portal);
            TempData["Flash"] = done;
            return RedirectToPage();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(shareId is null ? "" : nameof(Reason), e.Message);
            DeclineShareId = shareId;
        }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Portals = await directory.GetAsync(ct);
        Proposals = await sharing.ProposalsToAsync(portal.Id, ct);
        Carried = await sharing.CarriedByAsync(portal.Id, ListSize, ct);
        Sent = await sharing.SentByAsync(portal.Id, ListSize, ct);
    }
}

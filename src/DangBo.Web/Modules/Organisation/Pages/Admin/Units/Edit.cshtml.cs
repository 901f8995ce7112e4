using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Pages.Admin.Units;

/// <summary>One unit: its details, renaming, closing and its leaders, each a form of its own; moving and merging have their own pages.</summary>
public sealed class EditModel(DangBoDbContext db, UnitAdministration units, UnitHistory history, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public UnitDetailsInput Input { get; set; } = new();

    [BindProperty]
    public RenameInput Rename { get; set; } = new();

    [BindProperty]
    public string? ClosedOn { get; set; }

    [BindProperty]
    public LeaderInput NewLeader { get; set; } = new();

    public OrganisationUnit Unit { get; private set; } = null!;
    public OrganisationUnit? ParentUnit { get; private set; }
    public string? MergedIntoName { get; private set; }
    public IReadOnlyList<Leader> Leaders { get; private set; } = [];
    public int ChildCount { get; private set; }
    public bool Operating { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        await RunAsync(id, "Input.", () => units.UpdateDetailsAsync(Unit, Input, ct), "Đã lưu thông tin đơn vị.", keep: Keep.Details, ct);

    public async Task<IActionResult> OnPostRenameAsync(int id, CancellationToken ct) =>
        await RunAsync(id, "Rename.", () => units.RenameAsync(Unit, Rename, UnitActor.From(User), ct), "Đã đổi tên đơn vị; đường dẫn cũ vẫn dẫn về đơn vị.", keep: Keep.Rename, ct);

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        await RunAsync(id, "", () => units.CloseAsync(Unit, ClosedOn, UnitActor.From(User), ct), "Đã giải thể đơn vị; nội dung và lịch sử của đơn vị được giữ lại.", keep: Keep.Close, ct);

    public async Task<IActionResult> OnPostAddLeaderAsync(int id, CancellationToken ct) =>
        await RunAsync(id, "NewLeader.", () => units.AddLeaderAsync(Unit, NewLeader, ct), "Đã thêm lãnh đạo.", keep: Keep.Leader, ct);

    public async Task<IActionResult> OnPostRemoveLeaderAsync(int id, int leaderId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, tracked: true) is { } refused)
        {
            return refused;
        }
        var leader = await db.Leaders.FirstOrDefaultAsync(l => l.Id == leaderId && l.UnitId == id, ct);
        if (leader is null)
        {
            return NotFound();
        }
        await units.RemoveLeaderAsync(leader, ct);
        TempData["Flash"] = $"Đã xóa {leader.FullName} khỏi danh sách lãnh đạo.";
        return RedirectToPage(new { id });
    }

    private enum Keep { Details, Rename, Close, Leader }

    private async Task<IActionResult> RunAsync(int id, string prefix, Func<Task> action, string done, Keep keep, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, tracked: true, keep) is { } refused)
        {
            return refused;
        }
        try
        {
            await action();
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors(prefix, e);
            await ReloadAfterFailureAsync(id, keep, ct);
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(keep == Keep.Close ? nameof(ClosedOn) : "", e.Message);
            await ReloadAfterFailureAsync(id, keep, ct);
            return Page();
        }
        TempData["Flash"] = done;
        return RedirectToPage(new { id });
    }

    /// <summary>A refused change may have touched the tracked unit: show the stored one, with the person's typing kept.</summary>
    private async Task ReloadAfterFailureAsync(int id, Keep keep, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct, tracked: false, keep);
    }

    /// <summary>Loads the unit and what the page shows; a refusal (404, 403) when this person may not manage it.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct, bool tracked = false, Keep? keep = null)
    {
        var query = tracked ? db.Units : db.Units.AsNoTracking();
        var unit = await query.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }
        if (!await UnitPages.MayManageAsync(authorization, User, unit))
        {
            return Forbid();
        }
        Unit = unit;
        Operating = unit.IsActiveOn(history.Today);
        ParentUnit = unit.ParentId is { } parentId ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, ct) : null;
        MergedIntoName = unit.MergedIntoId is { } survivor ? await db.Units.AsNoTracking().Where(u => u.Id == survivor).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        Leaders = await db.Leaders.AsNoTracking().Where(l => l.UnitId == id).OrderBy(l => l.Body).ThenBy(l => l.SortOrder).ThenBy(l => l.FullName).ToListAsync(ct);
        ChildCount = await db.Units.CountAsync(u => u.ParentId == id, ct);
        if (keep != Keep.Details)
        {
            Input = new UnitDetailsInput
            {
                Kind = unit.Kind, Abbreviation = unit.Abbreviation, Address = unit.Address, Phone = unit.Phone, Email = unit.Email,
                SortOrder = unit.SortOrder, DescriptionHtml = unit.DescriptionHtml,
            };
        }
        if (keep != Keep.Rename)
        {
            Rename = new RenameInput { Name = unit.Name, ShortName = unit.ShortName, Slug = unit.Slug, EffectiveOn = UnitPages.InputDate(history.Today) };
        }
        if (keep != Keep.Close)
        {
            ClosedOn = UnitPages.InputDate(history.Today);
        }
        if (keep != Keep.Leader)
        {
            NewLeader = new LeaderInput { Body = CommitteeBody.None, SortOrder = Leaders.Count == 0 ? 1 : Leaders.Max(l => l.SortOrder) + 1 };
        }
        return null;
    }
}

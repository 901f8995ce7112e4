using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Accounts.Services;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Accounts.Pages.Admin.Users;

/// <summary>One account: its details, its unit roles, its password and whether it may sign in; each a form of its own.</summary>
public sealed class EditModel(DangBoDbContext db, AccountAdministration accounts, UserManager<UserAccount> users, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DetailsInput Input { get; set; } = new();

    [BindProperty]
    public RoleInput NewRole { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public UserAccount Account { get; private set; } = null!;
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];
    public IReadOnlyList<UnitTreeItem> Units { get; private set; } = [];
    public bool IsLockedOut { get; private set; }
    public bool IsSelf => Account.Id == users.GetUserId(User);

    public sealed class DetailsInput
    {
        public string? FullName { get; set; }
        public string? Email { get; set; }
        public int? UnitId { get; set; }
    }

    public sealed class RoleInput
    {
        public int? UnitId { get; set; }
        public StaffRole? Role { get; set; }
    }

    public sealed record RoleRow(int Id, StaffRole Role, string UnitName);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, keepInput: false, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, keepInput: true, ct) is { } refused)
        {
            return refused;
        }
        if (!await UserForms.MayManageAsync(db, authorization, User, ct, Input.UnitId))
        {
            return Forbid();
        }
        try
        {
            await accounts.UpdateAsync(Account, Input.FullName, Input.Email, Input.UnitId, ct);
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
        return Done("Đã lưu thông tin tài khoản.");
    }

    public async Task<IActionResult> OnPostAddRoleAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, keepInput: false, ct) is { } refused)
        {
            return refused;
        }
        if (!await UserForms.MayManageAsync(db, authorization, User, ct, NewRole.UnitId))
        {
            return Forbid();
        }
        try
        {
            await accounts.AddRoleAsync(Account, NewRole.UnitId, NewRole.Role, ct);
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("NewRole.", e);
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("NewRole", e.Message);
            return Page();
        }
        return Done("Đã giao vai trò.");
    }

    public async Task<IActionResult> OnPostRemoveRoleAsync(string id, int assignmentId, CancellationToken ct)
    {
        if (await LoadAsync(id, keepInput: false, ct) is { } refused)
        {
            return refused;
        }
        var assignment = await db.UnitRoles.FirstOrDefaultAsync(r => r.Id == assignmentId && r.UserId == Account.Id, ct);
        if (assignment is null)
        {
            return NotFound();
        }
        if (!await UserForms.MayManageAsync(db, authorization, User, ct, assignment.UnitId))
        {
            return Forbid();
        }
        try
        {
            await accounts.RemoveRoleAsync(Account, assignment, users.GetUserId(User)!, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Roles", e.Message);
            return Page();
        }
        return Done("Đã bỏ vai trò.");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, keepInput: false, ct) is { } refused)
        {
            return refused;
        }
        try
        {
            await accounts.ResetPasswordAsync(Account, NewPassword);
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("", e);
            return Page();
        }
        NewPassword = null;
        return Done("Đã đặt lại mật khẩu. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.");
    }

    public Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    public Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(string id, bool active, CancellationToken ct)
    {
        if (await LoadAsync(id, keepInput: false, ct) is { } refused)
        {
            return refused;
        }
        try
        {
            await accounts.SetActiveAsync(Account, active, users.GetUserId(User)!);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Status", e.Message);
            return Page();
        }
        return Done(active ? "Tài khoản đã hoạt động trở lại." : "Tài khoản đã ngừng hoạt động; người dùng không thể đăng nhập.");
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Flash"] = message;
        return RedirectToPage(new { id = Account.Id });
    }

    /// <summary>Loads the account and what the page shows; a refusal (404, 403) when it cannot be managed by this person.</summary>
    private async Task<IActionResult?> LoadAsync(string id, bool keepInput, CancellationToken ct)
    {
        var account = await db.Users.Include(u => u.Unit).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (account is null)
        {
            return NotFound();
        }
        if (!await UserForms.MayManageAsync(db, authorization, User, ct, account.UnitId))
        {
            return Forbid();
        }
        Account = account;
        IsLockedOut = account.LockoutEnd > clock.GetUtcNow();
        Units = await UserForms.ManageableUnitsAsync(db, User, ct);
        Roles = (await db.UnitRoles.AsNoTracking().Where(r => r.UserId == id)
                .Select(r => new { r.Id, r.Role, r.Unit!.Name }).ToListAsync(ct))
            .OrderBy(r => r.Role).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new RoleRow(r.Id, r.Role, r.Name)).ToList();
        if (!keepInput)
        {
            Input = new DetailsInput { FullName = account.FullName, Email = account.Email, UnitId = account.UnitId };
        }
        return null;
    }
}

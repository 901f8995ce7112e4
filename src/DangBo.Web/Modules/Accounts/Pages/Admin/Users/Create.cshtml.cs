using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Accounts.Services;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Accounts.Pages.Admin.Users;

public sealed class CreateModel(DangBoDbContext db, AccountAdministration accounts, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    public IReadOnlyList<UnitTreeItem> Units { get; private set; } = [];

    public sealed class NewAccountInput
    {
        public string? FullName { get; set; }
        public string? UserName { get; set; }
        public string? Email { get; set; }
        public int? UnitId { get; set; }
        public string? Password { get; set; }
        public StaffRole? Role { get; set; }
        public int? RoleUnitId { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await UserForms.ManageableUnitsAsync(db, User, ct);
        Input.UnitId = Units.FirstOrDefault()?.Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await UserForms.ManageableUnitsAsync(db, User, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // The administrator must hold the permission in the account's unit and in the unit of its first role.
        if (!await UserForms.MayManageAsync(db, authorization, User, ct, Input.UnitId, Input.Role is null ? null : Input.RoleUnitId))
        {
            return Forbid();
        }
        try
        {
            var user = await accounts.CreateAsync(new NewAccount(Input.FullName, Input.UserName, Input.Email, Input.UnitId, Input.Password, Input.Role, Input.RoleUnitId), ct);
            TempData["Flash"] = $"Đã tạo tài khoản {user.UserName}.";
            return RedirectToPage("Edit", new { id = user.Id });
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
    }
}

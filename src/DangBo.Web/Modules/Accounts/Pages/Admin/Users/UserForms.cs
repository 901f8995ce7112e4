using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DangBo.Web.Modules.Accounts.Pages.Admin.Users;

/// <summary>What the user administration pages share: the units an administrator may manage, and option lists.</summary>
public static class UserForms
{
    public static async Task<IReadOnlyList<UnitTreeItem>> ManageableUnitsAsync(DangBoDbContext db, ClaimsPrincipal user, CancellationToken ct = default) =>
        (await UnitTree.LoadAsync(db, ct)).Where(u => user.Has(AccountsPermissions.ManageUsers, u.Scope)).ToList();

    /// <summary>False when any of the given units exists and the person may not manage accounts in it; unknown units are left to validation.</summary>
    public static async Task<bool> MayManageAsync(DangBoDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, CancellationToken ct, params int?[] unitIds)
    {
        var wanted = unitIds.OfType<int>().Distinct().ToList();
        var scopes = await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new UnitScope(u.Id, u.Path)).ToListAsync(ct);
        foreach (var scope in scopes)
        {
            if (!await authorization.IsAllowedAsync(user, scope, AccountsPermissions.ManageUsers))
            {
                return false;
            }
        }
        return true;
    }

    public static IEnumerable<SelectListItem> UnitOptions(IEnumerable<UnitTreeItem> units) =>
        units.Select(u => new SelectListItem(u.IndentedName, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static IEnumerable<SelectListItem> RoleOptions() =>
        Enum.GetValues<StaffRole>().Select(r => new SelectListItem(r.ToVietnamese(), r.ToString()));
}

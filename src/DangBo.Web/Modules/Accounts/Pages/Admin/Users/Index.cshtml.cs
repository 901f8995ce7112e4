using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Accounts.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Accounts.Pages.Admin.Users;

public sealed class IndexModel(DangBoDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<UserRow> Accounts { get; private set; } = [];

    public sealed record UserRow(string Id, string FullName, string UserName, string? Email, string UnitName, bool IsActive, bool IsLockedOut, IReadOnlyList<string> Roles);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var units = await UserForms.ManageableUnitsAsync(db, User, ct);
        var unitIds = units.Select(u => u.Id).ToList();
        var query = db.Users.AsNoTracking().Where(u => unitIds.Contains(u.UnitId));
        var term = VietnameseText.Clean(Query).ToLowerInvariant();
        if (term.Length > 0)
        {
            query = query.Where(u => u.FullName.ToLower().Contains(term) || u.UserName!.ToLower().Contains(term));
        }
        var now = clock.GetUtcNow();
        var rows = await query
            .Select(u => new
            {
                u.Id, u.FullName, u.UserName, u.Email, UnitName = u.Unit!.Name, u.IsActive, u.LockoutEnd,
                Roles = u.UnitRoles.Select(r => new { r.Role, UnitName = r.Unit!.ShortName ?? r.Unit.Name }).ToList(),
            })
            .ToListAsync(ct);
        Accounts = rows
            .OrderBy(u => u.FullName, StringComparer.Create(VietnamTime.Culture, ignoreCase: true))
            .Select(u => new UserRow(u.Id, u.FullName, u.UserName ?? "", u.Email, u.UnitName, u.IsActive, u.LockoutEnd > now,
                u.Roles.OrderBy(r => r.Role).Select(r => $"{r.Role.ToVietnamese()} – {r.UnitName}").ToList()))
            .ToList();
    }
}

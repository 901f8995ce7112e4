using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Pages.Admin.Documents;
using DangBo.Web.Modules.Documents.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.CommitteeTerms;

/// <summary>The committee term form as posted; names match the page's "Input." fields.</summary>
public sealed class CommitteeTermFormInput
{
    public int? UnitId { get; set; }
    public string? Name { get; set; }
    [DataType(DataType.Date)] public DateOnly? StartsOn { get; set; }
    [DataType(DataType.Date)] public DateOnly? EndsOn { get; set; }
    public bool IsActive { get; set; } = true;

    public CommitteeTermInput ToInput() => new(UnitId, Name, StartsOn, EndsOn, IsActive);

    public static CommitteeTermFormInput From(CommitteeTerm t) => new()
    {
        UnitId = t.UnitId, Name = t.Name, StartsOn = t.StartsOn, EndsOn = t.EndsOn, IsActive = t.IsActive,
    };
}

public interface ICommitteeTermFormPage
{
    CommitteeTermFormInput Input { get; }
    IReadOnlyList<UnitOption> Units { get; }
}

/// <summary>Whose terms the signed-in person keeps: the units where they hold the catalogue permission (an administrator's subtree).</summary>
public static class CommitteeTermAdmin
{
    public static async Task<IReadOnlyList<UnitOption>> UnitsAsync(DangBoDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var held = user.UnitsWith(DocumentsPermissions.ManageCatalogue);
        var units = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct))
            .Where(u => held.Any(h => h.UnitId == u.Id || h.IncludesDescendants && u.Path.StartsWith(h.UnitPath, StringComparison.Ordinal)))
            .Select(u => new UnitOption(u.Id, u.Name, u.Path, Math.Max(0, DocumentReaders.PathIds(u.Path).Count() - 1)))
            .OrderBy(u => string.Join("/", DocumentReaders.PathIds(u.Path).Select(id => id.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        return units;
    }

    public static async Task<bool> CanManageAsync(DangBoDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, int unitId, CancellationToken ct)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is not null && await authorization.IsAllowedAsync(user, new UnitScope(unitId, path), DocumentsPermissions.ManageCatalogue);
    }
}

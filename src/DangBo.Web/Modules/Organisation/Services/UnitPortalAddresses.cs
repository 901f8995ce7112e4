using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Services;

/// <summary>
/// An old /don-vi/&lt;slug&gt;/ address (a unit renamed or merged) leads to the portal of the unit that now owns the
/// content: the portal routing answers 301 there.
/// </summary>
public sealed class UnitPortalAddresses(UnitAddresses addresses, DangBoDbContext db) : IPortalAddressHistory
{
    public async Task<string?> CurrentSlugAsync(string oldSlug, CancellationToken ct)
    {
        if (await addresses.ResolveCurrentSlugAsync(oldSlug, ct) is not { } unitSlug)
        {
            return null;
        }
        return await db.Portals.AsNoTracking().Where(p => !p.IsRoot && db.Units.Any(u => u.Id == p.UnitId && u.Slug == unitSlug))
            .Select(p => p.Slug).FirstOrDefaultAsync(ct);
    }
}

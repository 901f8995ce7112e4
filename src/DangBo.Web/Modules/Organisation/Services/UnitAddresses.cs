using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Services;

/// <summary>Where a unit's addresses lead after renames and merges.</summary>
public sealed class UnitAddresses(DangBoDbContext db)
{
    private const int MaxHops = 32;

    /// <summary>
    /// The current slug of the unit that now owns what <paramref name="slug"/> named: the same slug for a unit that
    /// still carries it; the new slug of a renamed unit; the survivor's slug for a merged unit (following chains of
    /// renames and merges). Null when no unit ever carried the slug. Callers answer 301 when it differs from the one asked.
    /// </summary>
    public async Task<string?> ResolveCurrentSlugAsync(string slug, CancellationToken ct = default)
    {
        var unitId = await db.Units.AsNoTracking().Where(u => u.Slug == slug).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct)
            ?? await db.UnitSlugAliases.AsNoTracking().Where(a => a.Slug == slug).Select(a => (int?)a.UnitId).FirstOrDefaultAsync(ct);
        if (unitId is not { } id)
        {
            return null;
        }
        var seen = new HashSet<int>();
        while (seen.Add(id) && seen.Count <= MaxHops)
        {
            var unit = await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Slug, u.MergedIntoId }).FirstAsync(ct);
            if (unit.MergedIntoId is not { } survivor || seen.Contains(survivor))
            {
                return unit.Slug;
            }
            id = survivor;
        }
        return await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Slug).FirstAsync(ct);
    }
}

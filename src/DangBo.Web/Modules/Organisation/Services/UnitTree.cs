using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Services;

/// <summary>A unit as a line of a tree-shaped list (select boxes, tables), with its depth below the root.</summary>
public sealed record UnitTreeItem(int Id, int? ParentId, string Name, string Path, int Depth)
{
    public UnitScope Scope => new(Id, Path);

    /// <summary>The name indented by depth, for option lists.</summary>
    public string IndentedName => new string('\u00A0', Depth * 4) + (Depth > 0 ? "└ " : "") + Name;
}

public static class UnitTree
{
    /// <summary>
    /// Units in the structure on <paramref name="day"/>: closed and merged units keep their rows (history) but leave it.
    /// The query form of <see cref="Models.OrganisationUnit.IsActiveOn"/>.
    /// </summary>
    public static IQueryable<Models.OrganisationUnit> ActiveOn(this IQueryable<Models.OrganisationUnit> units, DateOnly day) =>
        units.Where(u => (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo >= day));

    /// <summary>Every unit in tree order: each unit followed by its children, siblings by sort order then name.</summary>
    public static async Task<IReadOnlyList<UnitTreeItem>> LoadAsync(DangBoDbContext db, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking()
            .Select(u => new { u.Id, u.ParentId, u.Name, u.Path, u.SortOrder })
            .ToListAsync(ct);
        var children = units.ToLookup(u => u.ParentId);
        var ordered = new List<UnitTreeItem>(units.Count);
        void Visit(int? parentId, int depth)
        {
            foreach (var unit in children[parentId].OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal))
            {
                ordered.Add(new UnitTreeItem(unit.Id, unit.ParentId, unit.Name, unit.Path, depth));
                Visit(unit.Id, depth + 1);
            }
        }
        Visit(null, 0);
        return ordered;
    }
}

using System.Globalization;
using System.Linq.Expressions;
using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Organisation.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Pages.Admin.Units;

/// <summary>A unit as a row of the administration's lists.</summary>
public sealed record UnitRow(int Id, string Name, UnitKind Kind, string Slug, string Path, DateOnly? ValidTo, int? MergedIntoId, int ChildCount)
{
    public bool Operating(DateOnly today) => ValidTo is null || ValidTo >= today;
}

/// <summary>What the tree administration pages share: who may manage which unit, and how units are listed.</summary>
public static class UnitPages
{
    public const int PageSize = 50;
    public const int CandidateLimit = 30;

    /// <summary>Administrators of a unit manage its whole subtree (through the unit path), nothing above or beside it.</summary>
    public static async Task<bool> MayManageAsync(IAuthorizationService authorization, ClaimsPrincipal user, OrganisationUnit unit) =>
        await authorization.IsAllowedAsync(user, new UnitScope(unit.Id, unit.Path), OrganisationPermissions.ManageUnits);

    /// <summary>The highest units the person administers (a unit inside another one they administer is left out).</summary>
    public static async Task<IReadOnlyList<OrganisationUnit>> TopUnitsAsync(DangBoDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = user.UnitsWith(OrganisationPermissions.ManageUnits).Select(u => u.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        return units.Where(u => !units.Any(o => o.Id != u.Id && u.Path.StartsWith(o.Path, StringComparison.Ordinal)))
            .OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Rows for a query of units, with how many units sit directly under each.</summary>
    public static async Task<IReadOnlyList<UnitRow>> RowsAsync(IQueryable<OrganisationUnit> query, CancellationToken ct) =>
        await query.Select(u => new UnitRow(u.Id, u.Name, u.Kind, u.Slug, u.Path, u.ValidTo, u.MergedIntoId,
            u.Children.Count())).ToListAsync(ct);

    /// <summary>Units inside any of the subtrees (a handful of paths: one indexed prefix condition each).</summary>
    public static IQueryable<OrganisationUnit> WithinAny(IQueryable<OrganisationUnit> query, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return query.Where(u => false);
        }
        var unit = Expression.Parameter(typeof(OrganisationUnit), "u");
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var path = Expression.Property(unit, nameof(OrganisationUnit.Path));
        var body = paths.Select(p => (Expression)Expression.Call(path, startsWith, Expression.Constant(p)))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<OrganisationUnit, bool>>(body, unit));
    }

    public static IEnumerable<SelectListItem> KindOptions() =>
        Enum.GetValues<UnitKind>().Select(k => new SelectListItem(k.ToVietnamese(), k.ToString()));

    public static IEnumerable<SelectListItem> BodyOptions() =>
    [
        new("Không thuộc cơ quan lãnh đạo", nameof(CommitteeBody.None)),
        new("Ban Chấp hành", nameof(CommitteeBody.ExecutiveCommittee)),
        new("Ban Thường vụ", nameof(CommitteeBody.StandingBoard)),
        new("Thường trực", nameof(CommitteeBody.StandingOffice)),
    ];

    public static string BodyName(CommitteeBody body) => body switch
    {
        CommitteeBody.StandingOffice => "Thường trực",
        CommitteeBody.StandingBoard => "Ban Thường vụ",
        CommitteeBody.ExecutiveCommittee => "Ban Chấp hành",
        _ => "—",
    };

    /// <summary>A date for a date input (yyyy-MM-dd).</summary>
    public static string InputDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The ids of the units above a unit, root first, read from its path.</summary>
    public static IReadOnlyList<int> AncestorIds(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).SkipLast(1).ToList();
}

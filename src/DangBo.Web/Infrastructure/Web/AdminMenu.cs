using System.Security.Claims;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DangBo.Web.Infrastructure.Web;

/// <summary>A heading of the back-office navigation; groups are shown in <see cref="Order"/>, an empty title shows no heading.</summary>
public sealed record AdminMenuGroup(string Title, int Order)
{
    public static readonly AdminMenuGroup Overview = new("", 0);
    public static readonly AdminMenuGroup Content = new("Nội dung", 10);
    public static readonly AdminMenuGroup Structure = new("Cấu trúc cổng", 20);
    public static readonly AdminMenuGroup System = new("Hệ thống", 90);
}

/// <summary>
/// One link of the back-office navigation, contributed by a module's AdminMenu.cs. It is shown only to
/// people who hold <see cref="Permission"/>: in the current portal's unit, or in any unit when
/// <see cref="AnyUnit"/> (for pages that work across units, such as user administration).
/// </summary>
public sealed record AdminMenuEntry(AdminMenuGroup Group, string Title, string PageName, Permission Permission, int Order = 0, bool AnyUnit = false);

public sealed record AdminMenuLink(string Title, string Url);

public sealed record AdminMenuSection(string Title, IReadOnlyList<AdminMenuLink> Links);

/// <summary>The entries one module adds to the navigation.</summary>
public sealed class AdminMenuContribution(IReadOnlyList<AdminMenuEntry> entries)
{
    public IReadOnlyList<AdminMenuEntry> Entries { get; } = entries;
}

public static class AdminMenuRegistration
{
    public static IServiceCollection AddAdminMenu(this IServiceCollection services, IReadOnlyList<AdminMenuEntry> entries)
    {
        services.AddSingleton(new AdminMenuContribution(entries));
        services.TryAddScoped<AdminNavigation>();
        return services;
    }
}

/// <summary>Collects every module's entries and keeps those the signed-in person may use.</summary>
public sealed class AdminNavigation(
    IEnumerable<AdminMenuContribution> contributions,
    IAuthorizationService authorization,
    CurrentPortal currentPortal,
    LinkGenerator links)
{
    public async Task<IReadOnlyList<AdminMenuSection>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }
        var portal = await currentPortal.FindAsync(ct);
        var visible = new List<AdminMenuEntry>();
        foreach (var entry in contributions.SelectMany(c => c.Entries))
        {
            var allowed = entry.AnyUnit || portal is null
                ? user.Has(entry.Permission)
                : (await authorization.AuthorizeAsync(user, portal.Scope, entry.Permission.Name)).Succeeded;
            if (allowed)
            {
                visible.Add(entry);
            }
        }
        return visible
            .GroupBy(e => e.Group)
            .OrderBy(g => g.Key.Order)
            .Select(g => new AdminMenuSection(g.Key.Title, g.OrderBy(e => e.Order)
                .Select(e => new AdminMenuLink(e.Title, links.GetPathByPage(e.PageName) ?? "#"))
                .ToList()))
            .ToList();
    }
}

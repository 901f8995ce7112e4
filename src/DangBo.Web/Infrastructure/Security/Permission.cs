using System.Security.Claims;
using DangBo.Web.Modules.Accounts.Models;
using Microsoft.AspNetCore.Authorization;

namespace DangBo.Web.Infrastructure.Security;

/// <summary>A named permission and the unit roles that grant it. Administrators hold every permission.</summary>
public sealed record Permission(string Name, string Description, params StaffRole[] GrantedTo)
{
    public bool IsGrantedTo(StaffRole role) => role == StaffRole.Administrator || GrantedTo.Contains(role);
}

/// <summary>The unit a checked action belongs to; its path lets administrators of an ancestor unit act on it.</summary>
public sealed record UnitScope(int UnitId, string UnitPath);

public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

public static class UnitClaims
{
    /// <summary>Claim value "unitId|unitPath|role" for each role the person holds.</summary>
    public const string UnitRole = "dangbo:unit-role";
    public const string HomeUnit = "dangbo:unit";

    public static string Format(int unitId, string unitPath, StaffRole role) => $"{unitId}|{unitPath}|{role}";

    public static IEnumerable<(int UnitId, string UnitPath, StaffRole Role)> UnitRoles(this ClaimsPrincipal user)
    {
        foreach (var claim in user.FindAll(UnitRole))
        {
            var parts = claim.Value.Split('|');
            if (parts.Length == 3 && int.TryParse(parts[0], out var unitId) && Enum.TryParse<StaffRole>(parts[2], out var role))
            {
                yield return (unitId, parts[1], role);
            }
        }
    }

    public static bool Has(this ClaimsPrincipal user, Permission permission, UnitScope? scope = null) =>
        user.UnitRoles().Any(r => permission.IsGrantedTo(r.Role) && Covers(r, scope));

    /// <summary>The roles the person holds in the unit of <paramref name="scope"/>, an administrator's role in an ancestor unit included.</summary>
    public static IReadOnlyList<StaffRole> RolesIn(this ClaimsPrincipal user, UnitScope scope) =>
        user.UnitRoles().Where(r => Covers(r, scope)).Select(r => r.Role).Distinct().ToList();

    /// <summary>Units in which the person holds the permission (administrators also cover the units below theirs).</summary>
    public static IReadOnlyList<(int UnitId, string UnitPath, bool IncludesDescendants)> UnitsWith(this ClaimsPrincipal user, Permission permission) =>
        user.UnitRoles().Where(r => permission.IsGrantedTo(r.Role))
            .Select(r => (r.UnitId, r.UnitPath, r.Role == StaffRole.Administrator))
            .Distinct().ToList();

    private static bool Covers((int UnitId, string UnitPath, StaffRole Role) held, UnitScope? scope) =>
        scope is null
        || held.UnitId == scope.UnitId
        || held.Role == StaffRole.Administrator && scope.UnitPath.StartsWith(held.UnitPath, StringComparison.Ordinal);
}

public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var scope = context.Resource as UnitScope;
        if (context.User.Identity?.IsAuthenticated == true && context.User.Has(requirement.Permission, scope))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

public static class PermissionRegistration
{
    /// <summary>Registers one policy per permission, named after it, for [Authorize(Policy = ...)] and AuthorizeAsync.</summary>
    public static AuthorizationBuilder AddPermissions(this AuthorizationBuilder builder, params Permission[] permissions)
    {
        foreach (var permission in permissions)
        {
            builder.AddPolicy(permission.Name, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
        }
        return builder;
    }
}

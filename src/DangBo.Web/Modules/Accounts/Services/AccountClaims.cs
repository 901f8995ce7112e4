using System.Security.Claims;

namespace DangBo.Web.Modules.Accounts.Services;

/// <summary>Claims the sign-in cookie carries about the person, beyond their unit roles.</summary>
public static class AccountClaims
{
    public const string FullName = "full_name";
    public const string UnitName = "dangbo:unit-name";

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    public static string? UnitDisplayName(this ClaimsPrincipal user) => user.FindFirstValue(UnitName);
}

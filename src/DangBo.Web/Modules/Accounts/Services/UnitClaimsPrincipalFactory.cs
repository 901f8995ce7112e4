using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Modules.Accounts.Services;

/// <summary>Puts the person's full name, unit and unit roles into the sign-in cookie.</summary>
public sealed class UnitClaimsPrincipalFactory(
    UserManager<UserAccount> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    DangBoDbContext db)
    : UserClaimsPrincipalFactory<UserAccount, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaims.FullName, user.FullName));
        identity.AddClaim(new Claim(UnitClaims.HomeUnit, user.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == user.UnitId).Select(u => u.ShortName ?? u.Name).FirstOrDefaultAsync();
        if (unitName is not null)
        {
            identity.AddClaim(new Claim(AccountClaims.UnitName, unitName));
        }
        var roles = await db.UnitRoles.AsNoTracking()
            .Where(r => r.UserId == user.Id)
            .Select(r => new { r.UnitId, r.Unit!.Path, r.Role })
            .ToListAsync();
        foreach (var r in roles)
        {
            identity.AddClaim(new Claim(UnitClaims.UnitRole, UnitClaims.Format(r.UnitId, r.Path, r.Role)));
        }
        return identity;
    }
}

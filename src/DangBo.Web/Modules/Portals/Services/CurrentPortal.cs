using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Services;

/// <summary>What a request needs to know about the portal it is served from.</summary>
public sealed record PortalInfo(int Id, int UnitId, string UnitPath, string Name, string? Tagline, string Slug, bool IsRoot,
    string? LogoPath, string? BannerPath, string? ResponsibleUnit, string? ResponsiblePerson, string? Address,
    string? Phone, string? Email, string? LicenceNote, int ReviewSteps = 1, int OverdueHours = 24)
{
    public UnitScope Scope => new(UnitId, UnitPath);
}

/// <summary>
/// Resolves the portal of the current request, once per request. Today every public request is served
/// by the root (provincial) portal; sub-portals (by /don-vi/&lt;slug&gt; prefix or host name) plug in here.
/// </summary>
public sealed class CurrentPortal(DangBoDbContext db)
{
    private PortalInfo? _portal;

    public async Task<PortalInfo> GetAsync(CancellationToken ct = default) =>
        await FindAsync(ct) ?? throw new InvalidOperationException("No root portal exists; run the demo seed or create one.");

    public async Task<PortalInfo?> FindAsync(CancellationToken ct = default) =>
        _portal ??= await Query(db.Portals.Where(p => p.IsRoot)).FirstOrDefaultAsync(ct);

    public static IQueryable<PortalInfo> Query(IQueryable<Portal> portals) =>
        portals.AsNoTracking().Select(p => new PortalInfo(p.Id, p.UnitId, p.Unit!.Path, p.Name, p.Tagline, p.Slug, p.IsRoot,
            p.LogoPath, p.BannerPath, p.ResponsibleUnit, p.ResponsiblePerson, p.Address, p.Phone, p.Email, p.LicenceNote, p.ReviewSteps, p.OverdueHours));
}

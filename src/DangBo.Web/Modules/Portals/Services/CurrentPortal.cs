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
public sealed class CurrentPortal(PortalDirectory directory)
{
    private PortalInfo? _portal;

    public async Task<PortalInfo> GetAsync(CancellationToken ct = default) =>
        await FindAsync(ct) ?? throw new InvalidOperationException("No root portal exists; run the demo seed or create one.");

    public async Task<PortalInfo?> FindAsync(CancellationToken ct = default) =>
        _portal ??= await directory.FindRootAsync(ct);

    public static IQueryable<PortalInfo> Query(IQueryable<Portal> portals) =>
        portals.AsNoTracking().Select(p => new PortalInfo(p.Id, p.UnitId, p.Unit!.Path, p.Name, p.Tagline, p.Slug, p.IsRoot,
            p.LogoPath, p.BannerPath, p.ResponsibleUnit, p.ResponsiblePerson, p.Address, p.Phone, p.Email, p.LicenceNote, p.ReviewSteps, p.OverdueHours));
}

/// <summary>
/// Portals change rarely and every public request needs its own: they are kept in memory and read again after
/// a save changes a portal or a unit (<see cref="Infrastructure.Web.Caching.CacheEvictionInterceptor"/>), so a
/// page served from the output cache costs no database query at all.
/// </summary>
public sealed class PortalDirectory(IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();
    private Task<PortalInfo?>? _root;
    private int _version;

    public void Invalidate()
    {
        lock (_lock)
        {
            _version++;
            _root = null;
        }
    }

    public async Task<PortalInfo?> FindRootAsync(CancellationToken ct = default)
    {
        Task<PortalInfo?> task;
        int version;
        lock (_lock)
        {
            task = _root ??= LoadRootAsync();
            version = _version;
        }
        try
        {
            var root = await task.WaitAsync(ct);
            if (root is null)
            {
                // No portal yet (before the first seed): ask again next time rather than remember the absence.
                Forget(task, version);
            }
            return root;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Forget(task, version);
            throw;
        }
    }

    private void Forget(Task<PortalInfo?> task, int version)
    {
        lock (_lock)
        {
            if (_version == version && ReferenceEquals(_root, task))
            {
                _root = null;
            }
        }
    }

    private async Task<PortalInfo?> LoadRootAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        return await CurrentPortal.Query(db.Portals.Where(p => p.IsRoot)).FirstOrDefaultAsync();
    }
}

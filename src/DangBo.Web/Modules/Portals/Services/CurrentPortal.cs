using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Services;

/// <summary>What a request needs to know about the portal it is served from.</summary>
public sealed record PortalInfo(int Id, int UnitId, string UnitPath, string Name, string? Tagline, string Slug, bool IsRoot,
    string? LogoPath, string? BannerPath, string? ResponsibleUnit, string? ResponsiblePerson, string? Address,
    string? Phone, string? Email, string? LicenceNote, int ReviewSteps = 1, int OverdueHours = 24, string? HostName = null)
{
    public UnitScope Scope => new(UnitId, UnitPath);

    /// <summary>Where the portal lives on the main host: "" for the root portal, "/don-vi/&lt;slug&gt;" for a sub-portal.</summary>
    public string BasePath => IsRoot ? "" : PortalRouting.Prefix + "/" + Slug;

    /// <summary>A path of this portal (as spelled by ContentUrls) as an address on the main host.</summary>
    public string Url(string path) => IsRoot ? path : BasePath + (path == "/" ? "/" : path);

    /// <summary>True when <paramref name="unitPath"/> is this portal's unit or below it.</summary>
    public bool Covers(string unitPath) => unitPath.StartsWith(UnitPath, StringComparison.Ordinal);
}

/// <summary>
/// The portal of the current request: the sub-portal chosen by <see cref="PortalRouting"/> (from the /don-vi/&lt;slug&gt;
/// prefix or the host name), otherwise the root (provincial) portal. Outside a request (command line, background
/// work) it is the root portal.
/// </summary>
public sealed class CurrentPortal(PortalDirectory directory, IHttpContextAccessor http)
{
    private PortalInfo? _portal;

    public async Task<PortalInfo> GetAsync(CancellationToken ct = default) =>
        await FindAsync(ct) ?? throw new InvalidOperationException("No root portal exists; run the demo seed or create one.");

    public async Task<PortalInfo?> FindAsync(CancellationToken ct = default) =>
        _portal ??= http.HttpContext?.Features.Get<PortalFeature>()?.Portal ?? await directory.FindRootAsync(ct);

    public static IQueryable<PortalInfo> Query(IQueryable<Portal> portals) =>
        portals.AsNoTracking().Select(p => new PortalInfo(p.Id, p.UnitId, p.Unit!.Path, p.Name, p.Tagline, p.Slug, p.IsRoot,
            p.LogoPath, p.BannerPath, p.ResponsibleUnit, p.ResponsiblePerson, p.Address, p.Phone, p.Email, p.LicenceNote,
            p.ReviewSteps, p.OverdueHours, p.HostName));
}

/// <summary>Set on the request by <see cref="PortalRouting"/>: the portal it is served from.</summary>
public sealed record PortalFeature(PortalInfo Portal);

/// <summary>Every portal of the installation, looked up by id, slug or host name.</summary>
public sealed class PortalSet
{
    private readonly Dictionary<int, PortalInfo> _byId;
    private readonly Dictionary<string, PortalInfo> _bySlug;
    private readonly Dictionary<string, PortalInfo> _byHost;

    public PortalSet(IReadOnlyList<PortalInfo> portals)
    {
        All = portals;
        Root = portals.FirstOrDefault(p => p.IsRoot);
        _byId = portals.ToDictionary(p => p.Id);
        _bySlug = portals.Where(p => !p.IsRoot && p.Slug.Length > 0)
            .GroupBy(p => p.Slug, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _byHost = portals.Where(p => !string.IsNullOrWhiteSpace(p.HostName))
            .GroupBy(p => p.HostName!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<PortalInfo> All { get; }
    public PortalInfo? Root { get; }
    public PortalInfo? ById(int id) => _byId.GetValueOrDefault(id);
    public PortalInfo? BySlug(string slug) => _bySlug.GetValueOrDefault(slug);
    public PortalInfo? ByHost(string host) => _byHost.GetValueOrDefault(host);

    /// <summary>The portal of the nearest unit above <paramref name="portal"/>'s unit that has one (null for the root).</summary>
    public PortalInfo? Parent(PortalInfo portal) =>
        All.Where(p => p.Id != portal.Id && portal.UnitPath.StartsWith(p.UnitPath, StringComparison.Ordinal))
            .MaxBy(p => p.UnitPath.Length);

    /// <summary>Portals whose unit lies below <paramref name="portal"/>'s unit.</summary>
    public IEnumerable<PortalInfo> Below(PortalInfo portal) =>
        All.Where(p => p.Id != portal.Id && p.UnitPath.StartsWith(portal.UnitPath, StringComparison.Ordinal));

    /// <summary>The portals below, as pages list them: nearest level first, then by name in Vietnamese order.</summary>
    public IReadOnlyList<PortalInfo> BelowForListing(PortalInfo portal) =>
        [.. Below(portal).OrderBy(p => p.UnitPath.Count(c => c == '/')).ThenBy(p => p.Name, VietnameseNames)];

    private static readonly StringComparer VietnameseNames = StringComparer.Create(Infrastructure.Text.VietnamTime.Culture, ignoreCase: false);
}

/// <summary>
/// Portals change rarely and every public request needs its own: they are kept in memory and read again after
/// a save changes a portal or a unit (<see cref="Infrastructure.Web.Caching.CacheEvictionInterceptor"/>), so a
/// page served from the output cache costs no database query at all.
/// </summary>
public sealed class PortalDirectory(IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();
    private Task<PortalSet>? _set;
    private int _version;

    public void Invalidate()
    {
        lock (_lock)
        {
            _version++;
            _set = null;
        }
    }

    public async Task<PortalInfo?> FindRootAsync(CancellationToken ct = default) => (await GetAsync(ct)).Root;

    public async Task<PortalSet> GetAsync(CancellationToken ct = default)
    {
        Task<PortalSet> task;
        int version;
        lock (_lock)
        {
            task = _set ??= LoadAsync();
            version = _version;
        }
        try
        {
            var set = await task.WaitAsync(ct);
            if (set.Root is null)
            {
                // No portal yet (before the first seed): ask again next time rather than remember the absence.
                Forget(task, version);
            }
            return set;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Forget(task, version);
            throw;
        }
    }

    private void Forget(Task<PortalSet> task, int version)
    {
        lock (_lock)
        {
            if (_version == version && ReferenceEquals(_set, task))
            {
                _set = null;
            }
        }
    }

    private async Task<PortalSet> LoadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        return new PortalSet(await CurrentPortal.Query(db.Portals).ToListAsync());
    }
}

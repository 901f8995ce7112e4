using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace DangBo.Web.Modules.Portals.Services;

/// <summary>
/// Tells where an old portal address leads now (a unit renamed or merged into another): the current slug, or null.
/// </summary>
public interface IPortalAddressHistory
{
    Task<string?> CurrentSlugAsync(string oldSlug, CancellationToken ct);
}

/// <summary>
/// Chooses the portal of each request before anything else runs. A sub-portal is reached by its own host name or
/// under /don-vi/&lt;slug&gt;/ on the main host; for the latter the prefix becomes the request's PathBase, so every
/// page, route and form of the site works unchanged inside a sub-portal, and links the pages spell from the site
/// root are given the prefix on the way out (<see cref="Infrastructure.Web.PortalLinkTagHelper"/> for HTML, the
/// Location header here for redirects).
/// </summary>
public static class PortalRouting
{
    public const string Prefix = "/don-vi";

    public static IApplicationBuilder UsePortalRouting(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        PortalSet portals;
        try
        {
            portals = await context.RequestServices.GetRequiredService<PortalDirectory>().GetAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is unreachable: let the request go on (health checks report it; pages fail on their own).
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalRouting)).LogWarning(ex, "Portals could not be read.");
            await next();
            return;
        }

        if (portals.ByHost(request.Host.Host) is { } hosted)
        {
            context.Features.Set(new PortalFeature(hosted));
            await next();
            return;
        }
        if (request.Path.StartsWithSegments(Prefix, out var rest) && rest.HasValue && rest.Value!.Length > 1)
        {
            var afterPrefix = rest.Value!;
            var end = afterPrefix.IndexOf('/', 1);
            var slug = end < 0 ? afterPrefix[1..] : afterPrefix[1..end];
            var remainder = end < 0 ? "/" : afterPrefix[end..];
            if (portals.BySlug(slug) is { } portal)
            {
                if (!string.Equals(slug, portal.Slug, StringComparison.Ordinal))
                {
                    Redirect(context, portal.Slug, remainder);
                    return;
                }
                var pathBase = request.PathBase;
                var path = request.Path;
                request.PathBase = pathBase.Add(new PathString(portal.BasePath));
                request.Path = new PathString(remainder);
                context.Features.Set(new PortalFeature(portal));
                PrefixRedirects(context, request.PathBase);
                try
                {
                    await next();
                }
                finally
                {
                    request.PathBase = pathBase;
                    request.Path = path;
                }
                return;
            }
            foreach (var history in context.RequestServices.GetServices<IPortalAddressHistory>())
            {
                if (await history.CurrentSlugAsync(slug, context.RequestAborted) is { } current
                    && portals.BySlug(current) is { } moved)
                {
                    // A page renamed by the move (an article whose slug the other portal already had) has its own new path.
                    var db = context.RequestServices.GetRequiredService<DangBoDbContext>();
                    var movedPath = await db.PortalRedirects.AsNoTracking().Where(r => r.FromSlug == slug && r.FromPath == remainder)
                        .Select(r => r.ToPath).FirstOrDefaultAsync(context.RequestAborted);
                    Redirect(context, moved.Slug, movedPath ?? remainder);
                    return;
                }
            }
        }
        await next();
    });

    /// <summary>301 to the same page of the portal's current address (old or mis-cased slug).</summary>
    private static void Redirect(HttpContext context, string slug, string remainder)
    {
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = $"{context.Request.PathBase}{Prefix}/{slug}{(remainder == "/" ? "/" : remainder)}{context.Request.QueryString}";
    }

    /// <summary>A redirect to a path spelled from the site root stays inside the sub-portal.</summary>
    private static void PrefixRedirects(HttpContext context, PathString pathBase) => context.Response.OnStarting(() =>
    {
        var headers = context.Response.Headers;
        if (headers.TryGetValue(HeaderNames.Location, out var value) && value.ToString() is { Length: > 0 } location
            && NeedsPrefix(location, pathBase))
        {
            headers.Location = pathBase + location;
        }
        return Task.CompletedTask;
    });

    /// <summary>
    /// A path spelled from the site root that belongs to the current portal: not already under a portal prefix, not
    /// protocol-relative, and not a shared static asset.
    /// </summary>
    public static bool NeedsPrefix(string url, PathString pathBase)
    {
        if (!pathBase.HasValue || url.Length == 0 || url[0] != '/' || (url.Length > 1 && (url[1] == '/' || url[1] == '\\')))
        {
            return false;
        }
        if (url.StartsWith(pathBase.Value! + "/", StringComparison.OrdinalIgnoreCase) || url.Equals(pathBase.Value, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (url.Equals(Prefix, StringComparison.Ordinal) || url.StartsWith(Prefix + "/", StringComparison.Ordinal) || url.StartsWith(Prefix + "?", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var shared in SharedPrefixes)
        {
            if (url.StartsWith(shared, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A link from the current request to <paramref name="path"/> of <paramref name="portal"/>, spelled so that it stays
    /// pointing there: a sub-portal's address carries its prefix; the root portal's, seen from inside a sub-portal,
    /// is written in full (a path from the site root would be read as the sub-portal's own).
    /// </summary>
    public static string LinkFrom(this PortalInfo portal, HttpRequest request, string path) =>
        !portal.IsRoot ? portal.Url(path)
        : request.PathBase.HasValue ? $"{request.Scheme}://{request.Host.ToUriComponent()}{path}"
        : path;

    /// <summary>A shared static file spelled under the portal's prefix, without it (or null when it is not one).</summary>
    public static string? SharedAsset(string url, PathString pathBase)
    {
        if (!pathBase.HasValue || !url.StartsWith(pathBase.Value! + "/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = url[pathBase.Value!.Length..];
        return SharedPrefixes.Any(p => rest.StartsWith(p, StringComparison.Ordinal)) ? rest : null;
    }

    /// <summary>Files served alike for every portal: one address each keeps them in one browser cache.</summary>
    private static readonly string[] SharedPrefixes = ["/css/", "/js/", "/lib/", "/img/", "/media/", "/favicon", "/healthz"];
}

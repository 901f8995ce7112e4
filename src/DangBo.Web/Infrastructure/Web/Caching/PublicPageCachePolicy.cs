using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DangBo.Web.Infrastructure.Web.Caching;

public sealed class PublicCacheOptions
{
    public const string SectionName = "OutputCache";

    /// <summary>OutputCache:Enabled=false serves every public page fresh (benchmarks of the uncached path).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Upper bound on an entry's life. Content changes evict entries at once; this only bounds how old the
    /// footer's visit count may be.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// The output-cache policy of anonymous public pages and feeds: only GET/HEAD 200 responses to requests without
/// a sign-in cookie are stored, never responses that set a cookie; every entry carries the portal's tags plus
/// what the page adds with <see cref="CacheTags.TagResponse"/>, and a weak ETag so readers get 304s.
/// </summary>
/// <remarks>
/// Services come from the request: the cache store is built from the output-cache options that hold this policy,
/// so the policy cannot depend on anything that depends on the store.
/// </remarks>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<PublicCacheOptions>>().Value;
        if (!options.Enabled || !IsAnonymousRead(http))
        {
            // Signed-in readers (and editors) always get a freshly rendered page, and nothing of theirs is stored.
            context.EnableOutputCaching = false;
            return;
        }
        // An article whose scheduled time has come is published without any save: evict what it appears on first.
        await services.GetRequiredService<PublicationSchedule>().EvictDueAsync(cancellation);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        // The entry is stored compressed (see WebSetup): one per encoding the compression middleware would choose.
        var compression = services.GetRequiredService<IResponseCompressionProvider>();
        context.CacheVaryByRules.VaryByValues["encoding"] = compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";
        context.ResponseExpirationTimeSpan = Lifetime(services.GetRequiredService<TimeProvider>(), options.Duration);
        if (await http.RequestServices.GetRequiredService<CurrentPortal>().FindAsync(cancellation) is { } portal)
        {
            context.Tags.Add(CacheTags.Portal(portal.Id));
            context.Tags.Add(CacheTags.Menu(portal.Id));
        }
        // A new version token for what this request renders; a hit replaces it with the stored response's own.
        http.Response.Headers.ETag = NewETag();
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A response that sets a cookie (antiforgery, session, sign-in) belongs to one visitor.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    // Tokens unique across restarts (a random start) without asking the kernel for randomness on every request, as
    // Guid.NewGuid does (2% of serving a cached page).
    private static readonly string ETagPrefix = $"W/\"{Guid.NewGuid():N}-";
    private static long _etags;

    private static string NewETag() => string.Concat(ETagPrefix, Interlocked.Increment(ref _etags).ToString("x", System.Globalization.CultureInfo.InvariantCulture), "\"");

    private static bool IsAnonymousRead(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        if (request.Headers.ContainsKey(HeaderNames.Authorization) || http.User.Identity?.IsAuthenticated == true)
        {
            return false;
        }
        // Even an expired or invalid sign-in cookie means "a member's browser": never mix it with the anonymous cache.
        var cookieName = http.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        return cookieName is null || !request.Cookies.ContainsKey(cookieName);
    }

    /// <summary>The configured duration, but never past midnight in Vietnam: the header shows today's date.</summary>
    private static TimeSpan Lifetime(TimeProvider clock, TimeSpan duration)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var local = VietnamTime.ToLocal(now);
        var untilMidnight = local.Date.AddDays(1) - local;
        return untilMidnight < duration ? untilMidnight + TimeSpan.FromSeconds(1) : duration;
    }
}

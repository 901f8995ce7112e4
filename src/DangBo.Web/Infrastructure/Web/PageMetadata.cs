namespace DangBo.Web.Infrastructure.Web;

/// <summary>A feed advertised in the page head with &lt;link rel="alternate" type="application/rss+xml"&gt;.</summary>
public sealed record FeedLink(string Title, string Url);

/// <summary>
/// ViewData keys the public layout reads for the page head. Page models set them with [ViewData] properties
/// of the same names; pages without a model set them in ViewData directly.
/// </summary>
public static class PageMetadata
{
    public const string Title = nameof(Title);
    public const string Description = nameof(Description);
    /// <summary>Site-relative canonical path (with its query when it matters, e.g. ?trang=2); defaults to the request path.</summary>
    public const string CanonicalPath = nameof(CanonicalPath);
    /// <summary>A <see cref="FeedLink"/> for the section's own feed, advertised next to the site feed.</summary>
    public const string SectionFeed = nameof(SectionFeed);
    /// <summary>True for pages search engines should not index (errors, print views).</summary>
    public const string NoIndex = nameof(NoIndex);

    /// <summary>Absolute URL of a site-relative path, on the host the reader used; absolute URLs pass through.</summary>
    public static string AbsoluteUrl(this HttpRequest request, string path)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return path;
        }
        path = path.StartsWith('/') ? path : "/" + path;
        // Inside a sub-portal a path of the portal gets its prefix; shared files and other portals' addresses do not.
        var pathBase = Modules.Portals.Services.PortalRouting.NeedsPrefix(path, request.PathBase) ? request.PathBase.ToUriComponent() : "";
        return $"{request.Scheme}://{request.Host.ToUriComponent()}{pathBase}{path}";
    }
}

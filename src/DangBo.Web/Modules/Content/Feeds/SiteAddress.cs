namespace DangBo.Web.Modules.Content.Feeds;

/// <summary>Absolute addresses for documents read outside the site (feeds, sitemaps, robots.txt).</summary>
public static class SiteAddress
{
    /// <summary>The scheme, host and base path the request came in on; forwarded headers are applied before this runs.</summary>
    public static string Root(HttpRequest request) =>
        $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>A site-relative path made absolute; absolute http(s) addresses are returned as they are.</summary>
    public static string Absolute(HttpRequest request, string pathOrUrl) =>
        pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? pathOrUrl
            : Root(request) + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
}

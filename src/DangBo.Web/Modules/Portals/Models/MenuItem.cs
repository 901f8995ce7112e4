namespace DangBo.Web.Modules.Portals.Models;

/// <summary>An entry of a portal's main menu; one level of children is rendered as a drop-down.</summary>
public class MenuItem
{
    public int Id { get; set; }
    public int PortalId { get; set; }
    public int? ParentId { get; set; }
    public MenuItem? Parent { get; set; }
    public List<MenuItem> Children { get; set; } = [];

    public required string Title { get; set; }
    /// <summary>Site-relative path ("/tin-tuc/xay-dung-dang") or an absolute http(s) URL.</summary>
    public required string Url { get; set; }
    public int SortOrder { get; set; }

    public static bool IsAcceptableUrl(string url) =>
        // "//host" and "/\host" are both read by browsers as another site.
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')
        || Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);
}

namespace DangBo.Web.Modules.Portals.Models;

/// <summary>
/// One old address of a portal that no longer exists under its old name and whose page now lives under another
/// path (an article renamed because the merged-into portal already had its slug). The portal routing answers 301.
/// </summary>
public class PortalRedirect
{
    public int Id { get; set; }
    /// <summary>The old portal slug (under /don-vi/).</summary>
    public required string FromSlug { get; set; }
    /// <summary>The page's path inside the old portal, e.g. /tin-tuc/xay-dung-dang/le-ket-nap.</summary>
    public required string FromPath { get; set; }
    /// <summary>The page's path inside the portal that now holds it.</summary>
    public required string ToPath { get; set; }
    public DateTime CreatedAt { get; set; }
}

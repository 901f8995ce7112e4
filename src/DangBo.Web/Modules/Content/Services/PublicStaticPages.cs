using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

public static class PublicStaticPages
{
    /// <summary>Published introduction pages of a portal, in their display order.</summary>
    public static IQueryable<StaticPage> PublishedStaticPages(this DangBoDbContext db, int portalId) =>
        db.StaticPages.AsNoTracking()
            .Where(p => p.PortalId == portalId && p.IsPublished)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title);
}

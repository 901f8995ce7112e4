using System.Globalization;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Modules.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// Which entries a portal's readers search: the portal's own, the articles it carries for other portals (a proposal
/// it accepted, a push from above, see <see cref="ArticleShare"/>) and the documents pushed down to it
/// (<see cref="Documents.Models.DocumentShare"/>). Shares are read when searching, so a share withdrawn, declined or
/// taken down stops being found at once, and an unpublished article has no entry to find. Each carried list is one
/// uncorrelated subquery, which both databases work out once per statement (SQLite as a list, PostgreSQL as a hashed
/// subplan), not once per candidate.
/// </summary>
internal static class PortalScope
{
    private static readonly string Accepted = ((int)ShareStatus.Accepted).ToString(CultureInfo.InvariantCulture);

    /// <summary>A boolean SQL expression over entries aliased <c>e</c>; <paramref name="portalParameter"/> holds the portal id.</summary>
    public static string Sql(string portalParameter) =>
        $"""
        (e."PortalId" = {portalParameter}
         OR (e."Type" = '{SearchTypes.Article}' AND e."ItemId" IN (SELECT sa."ArticleId" FROM "ArticleShares" sa WHERE sa."PortalId" = {portalParameter} AND sa."Status" = {Accepted}))
         OR (e."Type" = '{SearchTypes.Document}' AND e."ItemId" IN (SELECT sd."DocumentId" FROM "DocumentShares" sd WHERE sd."PortalId" = {portalParameter})))
        """;

    /// <summary>
    /// The category filter, a boolean SQL expression over entries aliased <c>e</c>; <paramref name="categoryParameter"/> holds a
    /// category of the searched portal. A carried article belongs to a category of its own portal, and it is read on the
    /// carrying portal under that category's slug (<c>/tin-tuc/xay-dung-dang/…</c>): it counts as in the chosen category
    /// when its own category has the same slug, the name every portal gives the same subject. Combined with
    /// <see cref="Sql"/>, which keeps only the portal's own entries and what it carries now, so nothing else gets in
    /// through another portal's category. The categories are few (a handful per portal), read once per statement.
    /// </summary>
    public static string CategorySql(string categoryParameter) =>
        $"""
        e."CategoryId" IN (SELECT same."Id" FROM "Categories" chosen JOIN "Categories" same ON same."Slug" = chosen."Slug" WHERE chosen."Id" = {categoryParameter})
        """;

    /// <summary>
    /// The portal each carried hit comes from, by entry id, for the "Tin từ …" mark: one lookup of the page's entries by
    /// key, names from the portal directory. Hits of the portal's own are not in it.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, PortalInfo>> OriginsAsync(DangBoDbContext db, PortalDirectory portals, int portalId,
        IReadOnlyCollection<int> entryIds, CancellationToken ct)
    {
        if (entryIds.Count == 0)
        {
            return new Dictionary<int, PortalInfo>();
        }
        var ids = entryIds.ToList();
        var carried = await db.SearchEntries.AsNoTracking().Where(e => ids.Contains(e.Id) && e.PortalId != portalId)
            .Select(e => new { e.Id, e.PortalId }).ToListAsync(ct);
        if (carried.Count == 0)
        {
            return new Dictionary<int, PortalInfo>();
        }
        var set = await portals.GetAsync(ct);
        return carried.Select(e => (e.Id, Portal: set.ById(e.PortalId))).Where(e => e.Portal is not null)
            .ToDictionary(e => e.Id, e => e.Portal!);
    }
}

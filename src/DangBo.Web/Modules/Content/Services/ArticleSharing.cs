using System.Security.Claims;
using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>One share as the back office lists it.</summary>
public sealed record ShareRow(int Id, int ArticleId, string ArticleTitle, string ArticleUrl, int OriginPortalId, string OriginName,
    int PortalId, string PortalName, ShareDirection Direction, ShareStatus Status, string? Note, string? DeclineReason,
    DateTime RequestedAt, DateTime? DecidedAt);

/// <summary>
/// Content flowing between the levels of the tree: a lower portal proposes a published article to its parent portal,
/// whose editors accept or decline it; a higher portal pushes an article to all or chosen portals below it. Every
/// rule about who may share what with whom is here; pages only call it.
/// </summary>
public sealed class ArticleSharing(DangBoDbContext db, PortalDirectory portals, TimeProvider clock)
{
    public async Task<ArticleShare> ProposeAsync(PortalInfo portal, int articleId, string? note, ClaimsPrincipal user, CancellationToken ct)
    {
        var set = await portals.GetAsync(ct);
        var parent = set.Parent(portal) ?? throw new DomainException("Cổng này là cổng cấp cao nhất, không có cổng cấp trên để đề xuất.");
        var article = await OwnArticleAsync(portal, articleId, ct);
        return await ProposeToAsync(article, parent.Id, note, user, ct);
    }

    /// <summary>Pushes to the chosen portals below this one (all of them when <paramref name="portalIds"/> is empty).</summary>
    public async Task<int> PushAsync(PortalInfo portal, int articleId, IReadOnlyCollection<int> portalIds, string? note, ClaimsPrincipal user, CancellationToken ct)
    {
        var below = (await portals.GetAsync(ct)).Below(portal).Select(p => p.Id).ToHashSet();
        if (below.Count == 0)
        {
            throw new DomainException("Không có cổng cấp dưới nào để chuyển tin bài xuống.");
        }
        if (portalIds.Any(id => !below.Contains(id)))
        {
            throw new DomainException("Chỉ được chuyển tin bài xuống các cổng cấp dưới của cổng này.");
        }
        var targets = portalIds.Count == 0 ? below : portalIds.ToHashSet();
        var article = await OwnArticleAsync(portal, articleId, ct);
        var existing = await db.ArticleShares.Where(s => s.ArticleId == article.Id && targets.Contains(s.PortalId)).ToDictionaryAsync(s => s.PortalId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = UserId(user);
        var pushed = 0;
        foreach (var target in targets)
        {
            if (existing.TryGetValue(target, out var share))
            {
                if (share.IsCarried)
                {
                    continue;
                }
                share.Renew(ShareDirection.Down, note, userId, now);
            }
            else
            {
                db.ArticleShares.Add(ArticleShare.Push(article, target, note, userId, now));
            }
            pushed++;
        }
        await db.SaveChangesAsync(ct);
        return pushed;
    }

    public Task AcceptAsync(PortalInfo portal, int shareId, ClaimsPrincipal user, CancellationToken ct) =>
        DecideAsync(portal, shareId, share => share.Accept(UserId(user), clock.GetUtcNow().UtcDateTime), ct);

    public Task DeclineAsync(PortalInfo portal, int shareId, string? reason, ClaimsPrincipal user, CancellationToken ct) =>
        DecideAsync(portal, shareId, share => share.Decline(reason, UserId(user), clock.GetUtcNow().UtcDateTime), ct);

    /// <summary>
    /// Ends a share: the carrying portal stops carrying an article, or the article's own portal takes back a proposal
    /// or a push.
    /// </summary>
    public async Task WithdrawAsync(PortalInfo portal, int shareId, ClaimsPrincipal user, CancellationToken ct)
    {
        var share = await db.ArticleShares.Include(s => s.Article)
            .FirstOrDefaultAsync(s => s.Id == shareId && (s.PortalId == portal.Id || s.Article!.PortalId == portal.Id), ct)
            ?? throw new NotFoundException();
        share.Withdraw(UserId(user), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Proposals waiting for this portal's decision, oldest first.</summary>
    public Task<List<ShareRow>> ProposalsToAsync(int portalId, CancellationToken ct) =>
        Rows(db.ArticleShares.Where(s => s.PortalId == portalId && s.Status == ShareStatus.Proposed).OrderBy(s => s.RequestedAt)).ToListAsync(ct);

    /// <summary>Articles of other portals this portal carries now, newest decision first.</summary>
    public Task<List<ShareRow>> CarriedByAsync(int portalId, int count, CancellationToken ct) =>
        Rows(db.ArticleShares.Where(s => s.PortalId == portalId && s.Status == ShareStatus.Accepted).OrderByDescending(s => s.DecidedAt).Take(count)).ToListAsync(ct);

    /// <summary>What this portal sent to other portals (proposals up, pushes down), newest first.</summary>
    public Task<List<ShareRow>> SentByAsync(int portalId, int count, CancellationToken ct) =>
        Rows(db.ArticleShares.Where(s => s.Article!.PortalId == portalId).OrderByDescending(s => s.RequestedAt).Take(count)).ToListAsync(ct);

    public Task<List<ShareRow>> OfArticleAsync(int articleId, CancellationToken ct) =>
        Rows(db.ArticleShares.Where(s => s.ArticleId == articleId).OrderBy(s => s.PortalId)).ToListAsync(ct);

    private IQueryable<ShareRow> Rows(IQueryable<ArticleShare> shares) =>
        shares.AsNoTracking().Select(s => new ShareRow(s.Id, s.ArticleId, s.Article!.Title,
            ContentUrls.NewsPrefix + "/" + s.Article.Category!.Slug + "/" + s.Article.Slug,
            s.Article.PortalId, db.Portals.Where(p => p.Id == s.Article.PortalId).Select(p => p.Name).First(),
            s.PortalId, db.Portals.Where(p => p.Id == s.PortalId).Select(p => p.Name).First(),
            s.Direction, s.Status, s.Note, s.DeclineReason, s.RequestedAt, s.DecidedAt));

    private async Task DecideAsync(PortalInfo portal, int shareId, Action<ArticleShare> decide, CancellationToken ct)
    {
        // Only proposals addressed to this portal: another portal's queue is not found, whatever the id.
        var share = await db.ArticleShares.FirstOrDefaultAsync(s => s.Id == shareId && s.PortalId == portal.Id && s.Direction == ShareDirection.Up, ct)
            ?? throw new NotFoundException();
        decide(share);
        await db.SaveChangesAsync(ct);
    }

    private async Task<ArticleShare> ProposeToAsync(Article article, int parentPortalId, string? note, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var share = await db.ArticleShares.FirstOrDefaultAsync(s => s.ArticleId == article.Id && s.PortalId == parentPortalId, ct);
        if (share is null)
        {
            share = ArticleShare.Propose(article, parentPortalId, note, UserId(user), now);
            db.ArticleShares.Add(share);
        }
        else
        {
            if (article.Status != ArticleStatus.Published)
            {
                throw new DomainException("Chỉ tin bài đã xuất bản mới được chia sẻ sang cổng khác.");
            }
            share.Renew(ShareDirection.Up, note, UserId(user), now);
        }
        await db.SaveChangesAsync(ct);
        return share;
    }

    private async Task<Article> OwnArticleAsync(PortalInfo portal, int articleId, CancellationToken ct) =>
        await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId && a.PortalId == portal.Id, ct) ?? throw new NotFoundException();

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}

/// <summary>The thing asked for is not in the current portal (or does not exist): pages answer 404.</summary>
public sealed class NotFoundException() : Exception("Not found in this portal.");

using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Editorial.Services;

public sealed record QueueItem(int Id, string Title, string PortalName, ArticleStatus Status, DateTime? Since, string? WriterName, string? Reason, bool IsOverdue, int PortalId = 0);

public sealed record EditorialQueueSet(IReadOnlyList<QueueItem> WaitingForMe, IReadOnlyList<QueueItem> ReturnedToMe, IReadOnlyList<QueueItem> Overdue);

/// <summary>What waits for a person across the portals of their units, what was returned to them, and what is overdue.</summary>
public sealed class EditorialQueues(DangBoDbContext db, TimeProvider clock)
{
    public async Task<EditorialQueueSet> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = clock.GetUtcNow().UtcDateTime;
        var portals = (await CurrentPortal.Query(db.Portals).ToListAsync(ct)).Where(p => user.RolesIn(p.Scope).Count > 0).ToList();
        var waiting = new List<QueueItem>();
        var overdue = new List<QueueItem>();
        var returned = new List<QueueItem>();
        foreach (var portal in portals)
        {
            var actor = user.ForPortal(portal);
            var limit = now.AddHours(-portal.OverdueHours);
            var states = EditorialWorkflow.StatesToActOn(portal.ReviewSteps, actor).ToList();
            if (states.Count > 0)
            {
                waiting.AddRange(await ItemsAsync(portal, a => states.Contains(a.Status), limit, ct));
            }
            if (actor.Holds(WorkflowPermissions.Edit))
            {
                var review = EditorialWorkflow.ReviewStates.ToList();
                overdue.AddRange(await ItemsAsync(portal, a => review.Contains(a.Status) && a.StatusChangedAt < limit, limit, ct));
            }
            if (userId is not null)
            {
                returned.AddRange(await ItemsAsync(portal, a => a.Status == ArticleStatus.Returned && a.CreatedByUserId == userId, limit, ct));
            }
        }
        return new EditorialQueueSet(waiting, returned, overdue);
    }

    private Task<List<QueueItem>> ItemsAsync(PortalInfo portal, System.Linq.Expressions.Expression<Func<Article, bool>> filter, DateTime overdueBefore, CancellationToken ct) =>
        db.Articles.AsNoTracking().Where(a => a.PortalId == portal.Id).Where(filter)
            .OrderBy(a => a.StatusChangedAt).ThenBy(a => a.Id)
            .Select(a => new QueueItem(
                a.Id, a.Title, portal.Name, a.Status, a.StatusChangedAt,
                db.Users.Where(u => u.Id == a.CreatedByUserId).Select(u => u.FullName).FirstOrDefault(),
                a.Status == ArticleStatus.Returned
                    ? a.Transitions.Where(t => t.Kind == ArticleTransitionKind.ReturnForRevision).OrderByDescending(t => t.At).Select(t => t.Comment).FirstOrDefault()
                    : null,
                a.StatusChangedAt < overdueBefore, a.PortalId))
            .Take(200)
            .ToListAsync(ct);
}

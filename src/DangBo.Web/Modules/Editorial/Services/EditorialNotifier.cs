using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>Someone to tell about a move, and what to tell them.</summary>
public sealed record Recipient(string UserId, string Message);

/// <summary>
/// Tells the people a move concerns: those whose step the article now waits at, and its writer when it is
/// returned, published or taken down. The person who made the move is not told of it.
/// </summary>
public sealed class EditorialNotifier(DangBoDbContext db, TimeProvider clock, IEnumerable<IEditorialMessenger> messengers) : IArticleTransitionObserver
{
    public async Task OnTransitionAsync(Article article, ArticleTransition transition, PortalInfo portal, CancellationToken ct)
    {
        var recipients = await RecipientsAsync(article, transition, portal, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in recipients)
        {
            db.Add(new Notification { UserId = r.UserId, Message = Cut(r.Message), CreatedAt = now, Url = EditUrl(article.Id), ArticleId = article.Id });
        }
        foreach (var messenger in messengers)
        {
            await messenger.SendAsync(article, transition, recipients, ct);
        }
    }

    public async Task<IReadOnlyList<Recipient>> RecipientsAsync(Article article, ArticleTransition transition, PortalInfo portal, CancellationToken ct)
    {
        var title = $"«{article.Title}»";
        var by = transition.ActorName;
        var result = new Dictionary<string, string>();

        var writer = article.CreatedByUserId;
        if (writer is not null)
        {
            var message = transition.Kind switch
            {
                ArticleTransitionKind.ReturnForRevision => $"Tin bài {title} bị {by} trả lại để sửa. Lý do: {transition.Comment}",
                ArticleTransitionKind.Approve => $"Tin bài {title} đã được {by} duyệt và xuất bản.",
                ArticleTransitionKind.Unpublish => $"Tin bài {title} đã bị {by} gỡ khỏi cổng thông tin.",
                _ => null,
            };
            if (message is not null)
            {
                result[writer] = message;
            }
        }

        if (EditorialWorkflow.ReviewStates.Contains(transition.ToStatus))
        {
            // Everyone holding a role in the portal's unit whose step the article now waits at.
            var roles = await db.UnitRoles.AsNoTracking().Where(r => r.UnitId == portal.UnitId && r.User!.IsActive)
                .Select(r => new { r.UserId, r.Role }).ToListAsync(ct);
            foreach (var person in roles.GroupBy(r => r.UserId))
            {
                var actor = WorkflowActor.WithRoles(person.Key, "", person.Select(p => p.Role));
                if (EditorialWorkflow.StatesToActOn(portal.ReviewSteps, actor).Contains(transition.ToStatus))
                {
                    result.TryAdd(person.Key, $"Tin bài {title} đang chờ bạn xử lý (bước «{transition.ToStatus.ToVietnamese()}»), do {by} chuyển tới.");
                }
            }
        }
        if (transition.UserId is not null)
        {
            result.Remove(transition.UserId);
        }
        return result.Select(r => new Recipient(r.Key, r.Value)).ToList();
    }

    public static string EditUrl(int articleId) => "/quan-tri/tin-bai/" + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Cut(string message) =>
        message.Length <= Notification.MessageMaxLength ? message : message[..(Notification.MessageMaxLength - 1)] + "…";
}

/// <summary>Another way to reach the recipients of a move (e-mail).</summary>
public interface IEditorialMessenger
{
    Task SendAsync(Article article, ArticleTransition transition, IReadOnlyList<Recipient> recipients, CancellationToken ct);
}

using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>
/// Told of every workflow move before it is saved, inside the same unit of work, so what it adds (notifications,
/// e-mails to send) is saved with the move or not at all. Other modules register implementations.
/// </summary>
public interface IArticleTransitionObserver
{
    Task OnTransitionAsync(Article article, ArticleTransition transition, PortalInfo portal, CancellationToken ct);
}

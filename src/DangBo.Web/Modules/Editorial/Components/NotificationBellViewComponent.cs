using System.Security.Claims;
using DangBo.Web.Modules.Editorial.Services;
using Microsoft.AspNetCore.Mvc;

namespace DangBo.Web.Modules.Editorial.Components;

/// <summary>The bell in the back-office header with the number of unread notifications.</summary>
public sealed class NotificationBellViewComponent(Notifications notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var count = userId is null ? 0 : await notifications.UnreadCountAsync(userId, HttpContext.RequestAborted);
        return View(count);
    }
}

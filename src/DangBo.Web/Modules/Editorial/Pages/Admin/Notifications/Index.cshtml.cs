using System.Security.Claims;
using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Editorial.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Editorial.Pages.Admin.Notifications;

public sealed class IndexModel(Services.Notifications notifications) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct) => Items = await notifications.LatestAsync(UserId, Shown, ct);

    /// <summary>Marks the notification read and opens what it is about.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var notification = await notifications.MarkReadAsync(UserId, id, ct);
        if (notification is null)
        {
            return NotFound();
        }
        return notification.Url is { } url && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        if (await notifications.MarkReadAsync(UserId, id, ct) is null)
        {
            return NotFound();
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var count = await notifications.MarkAllReadAsync(UserId, ct);
        TempData["Flash"] = count == 0 ? "Không có thông báo mới." : $"Đã đánh dấu {count} thông báo là đã đọc.";
        return RedirectToPage();
    }
}

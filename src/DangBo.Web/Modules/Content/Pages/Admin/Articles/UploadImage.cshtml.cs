using DangBo.Web.Infrastructure;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Media.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

/// <summary>
/// Images placed inside an article body by the editor's image button: stored like any upload (content
/// sniffed, size capped) and answered with their address, so bodies never carry base64 data.
/// A page rather than an endpoint so that it gets the antiforgery check and the folder's permission filter.
/// </summary>
public sealed class UploadImageModel(MediaStore media, CurrentPortal currentPortal, UserManager<UserAccount> users) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return new JsonResult(new { error = "Vui lòng chọn một tệp ảnh." }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        var portal = await currentPortal.GetAsync(ct);
        try
        {
            var stored = await media.SaveImageAsync(portal.Id, file, users.GetUserId(User), ct);
            return new JsonResult(new { url = stored.PublicUrl, width = stored.Width, height = stored.Height });
        }
        catch (DomainException e)
        {
            return new JsonResult(new { error = e.Message }) { StatusCode = StatusCodes.Status400BadRequest };
        }
    }
}

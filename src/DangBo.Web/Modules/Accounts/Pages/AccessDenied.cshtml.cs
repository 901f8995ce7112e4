using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Accounts.Pages;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}

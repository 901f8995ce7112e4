using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Portals.Pages;

/// <summary>
/// Shown by the exception handler. It touches neither the database nor the exception, so it still renders
/// when the database is the cause, and it tells the reader nothing about the inside of the system.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;

    public void OnPost() => OnGet();
}

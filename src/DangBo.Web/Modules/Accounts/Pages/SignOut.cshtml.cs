using DangBo.Web.Modules.Accounts.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Accounts.Pages;

/// <summary>Signing out is a form post with an antiforgery token, so no other site can sign a person out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<UserAccount> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToPage("/Accounts/Pages/SignOut");
    }
}

using DangBo.Web.Infrastructure.Security;
using System.ComponentModel.DataAnnotations;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Accounts.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DangBo.Web.Modules.Accounts.Pages;

[AllowAnonymous]
[EnableRateLimiting(AccountsModule.SignInRateLimit)]
public sealed class SignInModel(SignInManager<UserAccount> signInManager) : PageModel
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    /// <summary>Where to go after signing in; only addresses on this site are followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userName = Input.UserName!.Trim();
        var result = await signInManager.PasswordSignInAsync(userName, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (Url.IsLocalUrl(ReturnUrl))
            {
                return LocalRedirect(ReturnUrl);
            }
            // Staff go to the back office; a party member without a staff role goes back to the portal.
            var user = await signInManager.UserManager.FindByNameAsync(userName);
            var principal = await signInManager.CreateUserPrincipalAsync(user!);
            return LocalRedirect(principal.Has(AccountsPermissions.UseBackOffice) ? "/" + WebSetup.BackOfficePrefix : "/");
        }
        ModelState.AddModelError("", result switch
        {
            { IsLockedOut: true } => "Tài khoản tạm thời bị khóa vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.",
            // Say that the account is deactivated only to someone who knows its password.
            { IsNotAllowed: true } when await HasPasswordAsync(userName, Input.Password!) =>
                "Tài khoản đã ngừng hoạt động. Vui lòng liên hệ quản trị hệ thống của đơn vị.",
            _ => WrongCredentials,
        });
        Input.Password = null;
        return Page();
    }

    private async Task<bool> HasPasswordAsync(string userName, string password)
    {
        var user = await signInManager.UserManager.FindByNameAsync(userName);
        return user is not null && await signInManager.UserManager.CheckPasswordAsync(user, password);
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
    [StringLength(256, ErrorMessage = "Tên đăng nhập quá dài.")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [StringLength(200, ErrorMessage = "Mật khẩu quá dài.")]
    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}

using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Accounts.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using System.Threading.RateLimiting;

namespace DangBo.Web.Modules.Accounts;

public static class AccountsModule
{
    public const string SignInRateLimit = "sign-in";

    public static IHostApplicationBuilder AddAccountsModule(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<UserAccount, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<DangBoDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<UnitClaimsPrincipalFactory>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "dangbo.auth";
            // Signed in once for every portal, whichever /don-vi/<slug>/ the sign-in happened under.
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/dang-nhap";
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/quan-tri/khong-co-quyen";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A refused form post answers 403 (the status pages show it); a refused page view leads to the explanation page.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    context.Response.Redirect(context.RedirectUri);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                }
                return Task.CompletedTask;
            };
        });
        // Role changes and deactivation reach signed-in people within minutes.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        builder.Services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        builder.Services.AddAuthorizationBuilder().AddPermissions(AccountsPermissions.All);

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts (posts) count; showing the form is free.
            o.AddPolicy(SignInRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("view"));
        });
        builder.Services.AddScoped<AccountAdministration>();
        builder.Services.AddAdminMenu(AccountsAdminMenu.Entries);
        builder.Services.RequirePermission("/Accounts/Pages/Admin/Users", AccountsPermissions.ManageUsers);
        return builder;
    }
}

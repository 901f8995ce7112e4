using System.Security.Claims;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Infrastructure.Security;

/// <summary>
/// Refuses every handler (GET and POST) of the pages it is attached to unless the person holds the
/// permission in the unit of the portal being managed.
/// </summary>
public sealed class PortalPermissionFilter(Permission permission) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var portal = await services.GetRequiredService<CurrentPortal>().GetAsync(context.HttpContext.RequestAborted);
        if (!await services.GetRequiredService<IAuthorizationService>().IsAllowedAsync(context.HttpContext.User, portal.Scope, permission))
        {
            context.Result = new ForbidResult();
            return;
        }
        await next();
    }
}

public static class PagePermissions
{
    /// <summary>Every page in <paramref name="folder"/> (a Razor Pages folder such as "/Content/Pages/Admin/Categories") needs the permission in the portal's unit.</summary>
    public static IServiceCollection RequirePortalPermission(this IServiceCollection services, string folder, Permission permission) =>
        services.Configure<RazorPagesOptions>(o =>
            o.Conventions.AddFolderApplicationModelConvention(folder, model => model.Filters.Add(new PortalPermissionFilter(permission))));

    /// <summary>Every page in <paramref name="folder"/> needs the permission in at least one unit; handlers check the unit they act on.</summary>
    public static IServiceCollection RequirePermission(this IServiceCollection services, string folder, Permission permission) =>
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder(folder, permission.Name));

    public static async Task<bool> IsAllowedAsync(this IAuthorizationService authorization, ClaimsPrincipal user, UnitScope scope, Permission permission) =>
        (await authorization.AuthorizeAsync(user, scope, permission.Name)).Succeeded;
}

using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Services;

/// <summary>
/// Refuses every handler unless the person holds the permission in the root unit of the organisation tree: for
/// what is shared by every unit (document types), whichever portal the page is opened on.
/// </summary>
public sealed class RootUnitPermissionFilter(Permission permission) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var root = await services.GetRequiredService<DangBoDbContext>().Units.AsNoTracking()
            .Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => new { u.Id, u.Path })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (root is null || !await services.GetRequiredService<IAuthorizationService>()
                .IsAllowedAsync(context.HttpContext.User, new UnitScope(root.Id, root.Path), permission))
        {
            context.Result = new ForbidResult();
            return;
        }
        await next();
    }
}

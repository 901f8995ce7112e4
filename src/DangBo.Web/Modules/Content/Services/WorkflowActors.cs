using System.Security.Claims;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Services;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;

namespace DangBo.Web.Modules.Content.Services;

public static class WorkflowActors
{
    /// <summary>The signed-in person as the workflow sees them: their roles in the portal's unit.</summary>
    public static WorkflowActor ForPortal(this ClaimsPrincipal user, PortalInfo portal) =>
        WorkflowActor.WithRoles(user.FindFirstValue(ClaimTypes.NameIdentifier), user.DisplayName(), user.RolesIn(portal.Scope));
}

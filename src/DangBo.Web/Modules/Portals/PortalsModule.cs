using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Portals.Services;

namespace DangBo.Web.Modules.Portals;

public static class PortalsModule
{
    public static IHostApplicationBuilder AddPortalsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CurrentPortal>();
        builder.Services.AddSingleton<PortalDirectory>();
        builder.Services.AddScoped<HomePage>();
        builder.Services.AddSingleton<PortalMenus>();
        builder.Services.AddSingleton<VisitCounter>();
        builder.Services.AddSingleton<IPageViewObserver>(s => s.GetRequiredService<VisitCounter>());
        builder.Services.AddHostedService<CounterFlusher<VisitCounter>>();
        builder.Services.AddScoped<PortalStructureEditor>();
        builder.Services.AddAdminMenu(PortalsAdminMenu.Entries);
        // Menus and home-page blocks are part of the portal's structure, managed by whoever manages its content structure.
        builder.Services.RequirePortalPermission("/Portals/Pages/Admin/Menu", ContentPermissions.ManageStructure);
        builder.Services.RequirePortalPermission("/Portals/Pages/Admin/HomeBlocks", ContentPermissions.ManageStructure);
        builder.Services.RequirePortalPermission("/Portals/Pages/Admin/Settings", PortalsPermissions.EditPortal);
        builder.Services.RequirePortalPermission("/Portals/Pages/Admin/SubPortals", PortalsPermissions.CreatePortals);
        builder.Services.AddScoped<PortalAdministration>();
        builder.Services.AddAuthorizationBuilder().AddPermissions(PortalsPermissions.All);
        return builder;
    }
}

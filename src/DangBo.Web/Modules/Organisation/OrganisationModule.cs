using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Organisation.Services;

namespace DangBo.Web.Modules.Organisation;

public static class OrganisationModule
{
    public static IHostApplicationBuilder AddOrganisationModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPermissions(OrganisationPermissions.All);
        builder.Services.AddScoped<UnitHistory>();
        builder.Services.AddScoped<UnitAddresses>();
        builder.Services.AddScoped<UnitAdministration>();
        builder.Services.AddScoped<UnitMerger>();
        builder.Services.AddScoped<DangBo.Web.Modules.Portals.Services.IPortalAddressHistory, UnitPortalAddresses>();
        builder.Services.AddAdminMenu(OrganisationAdminMenu.Entries);
        // Administrators work across the units below theirs: the pages need the permission somewhere, each handler checks the units it acts on.
        builder.Services.RequirePermission("/Organisation/Pages/Admin", OrganisationPermissions.ManageUnits);
        return builder;
    }
}

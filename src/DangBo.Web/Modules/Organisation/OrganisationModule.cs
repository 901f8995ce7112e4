namespace DangBo.Web.Modules.Organisation;

public static class OrganisationModule
{
    public static IHostApplicationBuilder AddOrganisationModule(this IHostApplicationBuilder builder) => builder;
}

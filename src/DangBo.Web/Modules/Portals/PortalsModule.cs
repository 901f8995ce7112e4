using DangBo.Web.Modules.Portals.Services;

namespace DangBo.Web.Modules.Portals;

public static class PortalsModule
{
    public static IHostApplicationBuilder AddPortalsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CurrentPortal>();
        builder.Services.AddScoped<HomePage>();
        builder.Services.AddSingleton<VisitCounter>();
        builder.Services.AddHostedService<VisitCounterFlusher>();
        return builder;
    }
}

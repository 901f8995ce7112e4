using DangBo.Web.Infrastructure.Data;

namespace DangBo.Web.Modules.Demo;

public static class DemoModule
{
    public static IHostApplicationBuilder AddDemoModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<IDatabaseSeeder>(s => s.GetRequiredService<DemoSeeder>());
        return builder;
    }
}

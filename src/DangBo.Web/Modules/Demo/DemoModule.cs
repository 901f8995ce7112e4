using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Demo.Cli;

namespace DangBo.Web.Modules.Demo;

public static class DemoModule
{
    public static IHostApplicationBuilder AddDemoModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoDocuments>();
        builder.Services.AddScoped<IDatabaseSeeder>(s => s.GetRequiredService<DemoSeeder>());
        builder.Services.AddCliCommand<SeedDemoCommand>();
        return builder;
    }
}

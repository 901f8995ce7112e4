namespace DangBo.Web.Modules.Demo;

public static class DemoModule
{
    public static IHostApplicationBuilder AddDemoModule(this IHostApplicationBuilder builder) => builder;
}

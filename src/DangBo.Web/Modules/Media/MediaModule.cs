using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Media.Services;
using Microsoft.Extensions.FileProviders;

namespace DangBo.Web.Modules.Media;

public static class MediaModule
{
    public static IHostApplicationBuilder AddMediaModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            var root = Path.GetFullPath(Path.Combine(services.GetRequiredService<DataFolder>().Path, "media"));
            Directory.CreateDirectory(root);
            return new MediaRoot(root);
        });
        builder.Services.Configure<MediaOptions>(builder.Configuration.GetSection("Media"));
        builder.Services.AddScoped<MediaStore>();
        return builder;
    }

    public static WebApplication UseMediaFiles(this WebApplication app)
    {
        var root = app.Services.GetRequiredService<MediaRoot>();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/media",
            FileProvider = new PhysicalFileProvider(root.Path),
            OnPrepareResponse = ctx =>
            {
                ctx.Context.Response.Headers.XContentTypeOptions = "nosniff";
                ctx.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            },
        });
        return app;
    }
}

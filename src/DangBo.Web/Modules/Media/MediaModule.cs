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
        builder.Services.AddSingleton<ImageResizer>();
        return builder;
    }

    public static WebApplication UseMediaFiles(this WebApplication app)
    {
        var root = app.Services.GetRequiredService<MediaRoot>();
        // Resized copies are made on first request (then served by the static files below from disk).
        app.MapGet($"/media/{ImageResizer.ResizedFolder}/{{width:int}}/{{**path}}", async (int width, string path, ImageResizer resizer, HttpContext http, CancellationToken ct) =>
        {
            if (await resizer.FileForAsync(width, path, ct) is not { } file)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            var provider = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
            return Results.File(file, provider.TryGetContentType(file, out var type) ? type : "application/octet-stream", enableRangeProcessing: false);
        });
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

using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace DangBo.Web.Infrastructure.Web.Caching;

/// <summary>Output caching of anonymous public pages, HTTP compression and the benchmark's bare endpoint.</summary>
public static class PublicCaching
{
    public static IHostApplicationBuilder AddPublicCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublicCacheOptions>().BindConfiguration(PublicCacheOptions.SectionName);
        builder.Services.AddSingleton<PublicationSchedule>();
        builder.Services.AddSingleton<CacheEvictionInterceptor>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(s => s.GetRequiredService<CacheEvictionInterceptor>());
        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy());
            // Bounds the memory the cache may use (100,000 article pages would not fit; the most read ones do).
            o.SizeLimit = 128L * 1024 * 1024;
        });
        builder.Services.Configure<ResponseCompressionOptions>(o =>
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "image/svg+xml"]));
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Marks an endpoint (a feed, the sitemap) as a public document served from the cache.</summary>
    public static TBuilder CachePublicly<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.CacheOutput(PublicPageCachePolicy.Name);

    /// <summary>The machine's ceiling for the benchmark: mapped only with Bench:HelloEndpoint=true.</summary>
    public static void MapBenchHello(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Bench:HelloEndpoint"))
        {
            app.MapGet("/hello", () => "Hello");
        }
    }
}

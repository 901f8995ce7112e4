using System.Threading.RateLimiting;
using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Search.Api;
using DangBo.Web.Modules.Search.Cli;
using DangBo.Web.Modules.Search.Services;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangBo.Web.Modules.Search;

public static class SearchModule
{
    public const string RateLimitPolicy = "search";

    public static IHostApplicationBuilder AddSearchModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IInterceptor, SearchIndexInterceptor>();
        builder.Services.AddScoped(s => SearchIndexes.For(s.GetRequiredService<DangBoDbContext>()));
        builder.Services.AddScoped<ReaderSearch>();
        builder.Services.AddScoped<SearchIndexRebuilder>();
        builder.Services.AddCliCommand<ReindexCommand>();
        builder.Services.AddHostedService<SearchIndexBootstrap>();
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName);
        builder.Services.AddRateLimiter(o => o.AddPolicy(RateLimitPolicy, http =>
        {
            // Signed-in staff and members are not limited; anonymous callers get a budget per address and endpoint.
            if (http.User.Identity?.IsAuthenticated == true)
            {
                return RateLimitPartition.GetNoLimiter("signed-in");
            }
            var permits = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value.AnonymousRequestsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                (http.Connection.RemoteIpAddress?.ToString() ?? "unknown") + " " + http.Request.Path,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
        return builder;
    }

    public static WebApplication MapSearchEndpoints(this WebApplication app)
    {
        app.MapSearchApi();
        return app;
    }
}

public sealed class SearchOptions
{
    public const string SectionName = "Search";
    /// <summary>Requests a minute an anonymous address may make to each search endpoint.</summary>
    public int AnonymousRequestsPerMinute { get; set; } = 120;
}

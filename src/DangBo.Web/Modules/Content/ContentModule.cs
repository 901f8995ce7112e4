using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Content.Cli;
using DangBo.Web.Modules.Content.Feeds;
using DangBo.Web.Modules.Content.Services;

namespace DangBo.Web.Modules.Content;

public static class ContentModule
{
    public static IHostApplicationBuilder AddContentModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPermissions(ContentPermissions.All);
        builder.Services.AddScoped<ArticleEditor>();
        builder.Services.AddScoped<PublishedArticles>();
        builder.Services.AddScoped<ArticleImporter>();
        builder.Services.AddCliCommand<ImportCommand>();
        builder.Services.AddOptions<SitemapOptions>().BindConfiguration(SitemapOptions.SectionName);
        return builder;
    }

    /// <summary>Non-page endpoints of the module: feeds and sitemaps.</summary>
    public static WebApplication MapContentEndpoints(this WebApplication app)
    {
        app.MapFeedEndpoints();
        return app;
    }
}

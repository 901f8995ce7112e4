using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Infrastructure.Web;
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
        builder.Services.AddScoped<ArticleDesk>();
        builder.Services.AddScoped<ScheduledPublishing>();
        builder.Services.AddScoped<ArticlePreviews>();
        builder.Services.AddOptions<ArticlePreviewOptions>().BindConfiguration(ArticlePreviewOptions.SectionName);
        builder.Services.AddOptions<ScheduledPublishingOptions>().BindConfiguration(ScheduledPublishingOptions.SectionName);
        builder.Services.AddHostedService<ScheduledPublisher>();
        builder.Services.AddScoped<StructureEditor>();
        builder.Services.AddAdminMenu(ContentAdminMenu.Entries);
        builder.Services.RequirePortalPermission("/Content/Pages/Admin/Articles", ContentPermissions.EditArticles);
        builder.Services.RequirePortalPermission("/Content/Pages/Admin/Shares", ContentPermissions.ShareArticles);
        builder.Services.AddScoped<ArticleSharing>();
        builder.Services.RequirePortalPermission("/Content/Pages/Admin/Categories", ContentPermissions.ManageStructure);
        builder.Services.RequirePortalPermission("/Content/Pages/Admin/Topics", ContentPermissions.ManageStructure);
        builder.Services.RequirePortalPermission("/Content/Pages/Admin/StaticPages", ContentPermissions.ManageStructure);
        builder.Services.AddScoped<PublishedArticles>();
        builder.Services.AddSingleton<NewestInCategory>();
        builder.Services.AddSingleton<ArticleViewCounter>();
        builder.Services.AddSingleton<IPageViewObserver>(s => s.GetRequiredService<ArticleViewCounter>());
        builder.Services.AddHostedService<CounterFlusher<ArticleViewCounter>>();
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

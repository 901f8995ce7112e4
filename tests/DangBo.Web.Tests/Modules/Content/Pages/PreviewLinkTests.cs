using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content.Pages;

/// <summary>A draft shown exactly as readers will see it, through a signed link that works without signing in and expires.</summary>
public abstract class PreviewLinkTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task PreviewLink_OpensTheDraftForSomeoneNotSignedIn_WhileItsAddressStaysHidden()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        var title = "Tin xem trước bằng liên kết " + Guid.NewGuid().ToString("N")[..8];
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, title);
        var page = await contributor.GetPageAsync(EditorialFlow.EditUrl(id));
        var made = await contributor.SubmitAsync(page.Form("#preview-link-form"), []);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var link = (await contributor.GetPageAsync(EditorialFlow.EditUrl(id))).QuerySelector<IHtmlInputElement>("#preview-link")!.Value;
        var path = new Uri(link).PathAndQuery;

        using var stranger = WebSession.Anonymous(factory);
        var preview = await stranger.GetPageAsync(path);

        Assert.Equal(title, preview.QuerySelector("h1.article-title")!.TextContent.Trim());
        Assert.Contains("Nội dung tin gửi duyệt.", preview.QuerySelector(".article-body")!.TextContent);
        Assert.Contains("Chờ biên tập", preview.QuerySelector(".admin-preview-banner")!.TextContent);
        Assert.Null(preview.QuerySelector(".article-tools"));
        Assert.Equal("noindex", preview.QuerySelector("meta[name='robots']")!.GetAttribute("content"));
        var article = await factory.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Category).SingleAsync(a => a.Id == id));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ContentUrls.Article(article.Category!.Slug, article.Slug))).StatusCode);
    }

    [Fact]
    public async Task PreviewLink_Tampered_IsNotFoundWithAnExplanation()
    {
        using var stranger = WebSession.Anonymous(factory);
        var response = await stranger.GetAsync("/xem-truoc/CfDJ8khonghople");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("không đúng hoặc đã hết hạn", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PreviewLink_AfterItsLifetime_NoLongerOpens()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var id = await factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        string path;
        TimeSpan lifetime;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var previews = scope.ServiceProvider.GetRequiredService<ArticlePreviews>();
            (path, _) = previews.CreateLink(id);
            lifetime = previews.Lifetime;
        }
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);

        clock.Advance(lifetime + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }
}

public sealed class PreviewLinkTests_Sqlite(SqliteFactory factory) : PreviewLinkTests<SqliteFactory>(factory);

public sealed class PreviewLinkTests_Postgres(PostgresFactory factory) : PreviewLinkTests<PostgresFactory>(factory);

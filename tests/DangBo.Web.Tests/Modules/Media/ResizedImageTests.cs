using System.Net;
using DangBo.Web.Modules.Media.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Media;

/// <summary>Smaller copies of uploaded images for srcset: made once by vipsthumbnail, or the original without it.</summary>
public abstract class ResizedImageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task ResizedImage_WideUpload_IsServedAtTheAskedWidthAndMadeOnce()
    {
        var (path, root) = await StoreAsync(TestImages.Png(1200, 600));
        var client = factory.CreateClient();
        var url = $"/media/{ImageResizer.ResizedFolder}/320/{path}";

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = ImageInspector.Inspect(await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(info);
        Assert.Equal(320, info.Width);
        Assert.Equal(160, info.Height);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        var made = root.Resolve(Path.Combine(ImageResizer.ResizedFolder, "320", path));
        var firstWrite = File.GetLastWriteTimeUtc(made);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(made));
    }

    [Fact]
    public async Task ResizedImage_NarrowerThanAsked_IsNotEnlarged()
    {
        var (path, _) = await StoreAsync(TestImages.Png(200, 100));
        var response = await factory.CreateClient().GetAsync($"/media/{ImageResizer.ResizedFolder}/640/{path}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, ImageInspector.Inspect(await response.Content.ReadAsByteArrayAsync())!.Width);
    }

    [Fact]
    public async Task ResizedImage_WithoutVips_ServesTheOriginal()
    {
        var (path, _) = await StoreAsync(TestImages.Png(900, 300));
        using var withoutVips = factory.WithWebHostBuilder(b => b.UseSetting("Media:VipsThumbnailPath", "/nonexistent/vipsthumbnail"));

        var response = await withoutVips.CreateClient().GetAsync($"/media/{ImageResizer.ResizedFolder}/640/{path}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(900, ImageInspector.Inspect(await response.Content.ReadAsByteArrayAsync())!.Width);
    }

    [Fact]
    public async Task ArticlePage_WideCover_OffersSmallerWidthsAndTheOriginal()
    {
        var (wide, _) = await StoreAsync(TestImages.Png(800, 400));
        var (small, _) = await StoreAsync(TestImages.Png(120, 80));
        var category = await factory.CreateCategoryAsync();
        var withWide = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-2), a => a.CoverImagePath = "/media/" + wide);
        var withSmall = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-1), a => a.CoverImagePath = "/media/" + small);
        var client = factory.CreateClient();

        var cover = (await client.GetDocumentAsync(DangBo.Web.Modules.Content.ContentUrls.Article(category.Slug, withWide.Slug))).QuerySelector(".article-cover img")!;
        Assert.Equal($"/media/_w/320/{wide} 320w, /media/_w/640/{wide} 640w, /media/{wide} 800w", cover.GetAttribute("srcset"));
        Assert.NotNull(cover.GetAttribute("sizes"));
        var smallCover = (await client.GetDocumentAsync(DangBo.Web.Modules.Content.ContentUrls.Article(category.Slug, withSmall.Slug))).QuerySelector(".article-cover img")!;
        Assert.Null(smallCover.GetAttribute("srcset"));
        var card = (await client.GetDocumentAsync(DangBo.Web.Modules.Content.ContentUrls.Category(category.Slug))).QuerySelector($".story-thumb img[src='/media/{wide}']");
        Assert.NotNull(card);
        Assert.Equal("lazy", card.GetAttribute("loading"));
        Assert.Contains("320w", card.GetAttribute("srcset"));
    }

    [Theory]
    [InlineData("/media/_w/333/x.png")]
    [InlineData("/media/_w/320/../../dangbo.db")]
    [InlineData("/media/_w/320/khong-co.png")]
    public async Task ResizedImage_BadAddress_IsNotFound(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(string Relative, MediaRoot Root)> StoreAsync(byte[] png)
    {
        var portalId = await factory.WithDbAsync(db => db.Portals.Where(p => p.IsRoot).Select(p => p.Id).SingleAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var media = await scope.ServiceProvider.GetRequiredService<MediaStore>().SaveImageAsync(portalId, png, "anh.png", null);
        return (media.StoragePath, scope.ServiceProvider.GetRequiredService<MediaRoot>());
    }
}

public sealed class ResizedImageTests_Sqlite(SqliteFactory factory) : ResizedImageTests<SqliteFactory>(factory);

public sealed class ResizedImageTests_Postgres(PostgresFactory factory) : ResizedImageTests<PostgresFactory>(factory);

using System.Net;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Modules.Content;

public abstract class IntroductionPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task StaticPage_History_ShowsItsTitleAndBody()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/gioi-thieu/lich-su");

        Assert.Equal("Lịch sử Đảng bộ tỉnh", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Chi bộ Đảng đầu tiên của tỉnh", page.QuerySelector(".article-body")?.TextContent);
    }

    [Fact]
    public async Task StaticPage_UnpublishedOrUnknown_Is404()
    {
        var portalId = await factory.RootPortalIdAsync();
        var slug = PublicSite.Unique("trang-an");
        await factory.WithDbAsync(async db =>
        {
            db.StaticPages.Add(new StaticPage { PortalId = portalId, Title = "Trang chưa công bố", Slug = slug, BodyHtml = "<p>Bí mật</p>", IsPublished = false });
            await db.SaveChangesAsync();
        });
        using var client = factory.CreateClient();

        var (hidden, _) = await client.GetPageAsync($"/gioi-thieu/{slug}");
        var (unknown, _) = await client.GetPageAsync("/gioi-thieu/khong-co-trang-nay");
        var index = await client.GetDocumentAsync("/gioi-thieu");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null(index.QuerySelector($"a[href='/gioi-thieu/{slug}']"));
    }

    [Fact]
    public async Task IntroductionIndex_LinksStaticPagesAndOrganisation()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/gioi-thieu");

        Assert.NotNull(page.QuerySelector(".link-cards a[href='/gioi-thieu/lich-su']"));
        Assert.NotNull(page.QuerySelector(".link-cards a[href='/gioi-thieu/dia-ly-tiem-nang']"));
        Assert.NotNull(page.QuerySelector(".link-cards a[href='/gioi-thieu/co-cau-to-chuc']"));
    }
}

public sealed class IntroductionPageTests_Sqlite(SqliteFactory factory) : IntroductionPageTests<SqliteFactory>(factory);

public sealed class IntroductionPageTests_Postgres(PostgresFactory factory) : IntroductionPageTests<PostgresFactory>(factory);

using System.Net;
using DangBo.Web.Tests.Modules;

namespace DangBo.Web.Tests.Infrastructure;

/// <summary>
/// A NUL character (%00) in the query string: 400 and the error page, not a 500 (PostgreSQL refuses it in a text parameter,
/// so the library's and the search's filters failed there).
/// </summary>
public abstract class NulInQueryStringTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Theory]
    [InlineData("/van-ban?q=%00")]
    [InlineData("/van-ban?linh-vuc=a%00b")]
    [InlineData("/van-ban?co-quan=n%00")]
    [InlineData("/tim-kiem?q=kinh&chuyen-muc=%00")]
    [InlineData("/tim-kiem?q=kinh&don-vi=%00")]
    [InlineData("/tim-kiem?q=kinh&loai-van-ban=%00")]
    [InlineData("/don-vi/xa-minh-son/van-ban?q=%00")]
    public async Task PublicPage_NulInQuery_Is400(string url)
    {
        using var client = factory.CreateClient();

        var (response, document) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Yêu cầu không hợp lệ", document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/api/v1/search?q=kinh&category=%00")]
    [InlineData("/api/v1/search?q=kinh&unit=%00")]
    [InlineData("/api/v1/search?q=kinh&documentType=%00")]
    public async Task SearchApi_NulInQuery_Is400(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Library_PercentSignFollowedByZeros_IsAnOrdinarySearch()
    {
        using var client = factory.CreateClient();

        var (response, _) = await client.GetPageAsync("/van-ban?q=%2500");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class NulInQueryStringTests_Sqlite(SqliteFactory factory) : NulInQueryStringTests<SqliteFactory>(factory);

public sealed class NulInQueryStringTests_Postgres(PostgresFactory factory) : NulInQueryStringTests<PostgresFactory>(factory);

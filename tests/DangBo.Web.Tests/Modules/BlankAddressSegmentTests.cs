using System.Net;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Modules;

/// <summary>A route segment of spaces only reaches a page's handler as null; such an address is not found, never an error.</summary>
public abstract class BlankAddressSegmentTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Theory]
    [InlineData("/tin-tuc/%20")]
    [InlineData("/tin-tuc/%20%20?trang=2")]
    [InlineData("/tin-tuc/kinh-te/%20")]
    [InlineData("/tin-tuc/%20/%20")]
    [InlineData("/tin-tuc/kinh-te/%20/ban-in")]
    [InlineData("/chuyen-de/%20")]
    [InlineData("/gioi-thieu/%20")]
    [InlineData("/van-ban/%20")]
    [InlineData("/don-vi/xa-minh-son/tin-tuc/%20")]
    [InlineData("/don-vi/xa-minh-son/van-ban/%20")]
    public async Task Page_SegmentOfSpacesOnly_Is404(string url)
    {
        using var client = factory.CreateClient();

        var (response, document) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task SignedPreview_TokenOfSpacesOnly_SaysTheLinkCannotBeUsed()
    {
        using var client = factory.CreateClient();

        var (response, document) = await client.GetPageAsync("/xem-truoc/%20");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Liên kết xem trước không dùng được", document.Title);
    }
}

public sealed class BlankAddressSegmentTests_Sqlite(SqliteFactory factory) : BlankAddressSegmentTests<SqliteFactory>(factory);

public sealed class BlankAddressSegmentTests_Postgres(PostgresFactory factory) : BlankAddressSegmentTests<PostgresFactory>(factory);

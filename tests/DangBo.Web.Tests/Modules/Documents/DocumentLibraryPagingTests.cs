using System.Net;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Modules.Documents;

/// <summary>A page number past the library's last page is not found, however large, never an error.</summary>
public abstract class DocumentLibraryPagingTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Theory]
    [InlineData("/van-ban?trang=999")]
    [InlineData("/van-ban?trang=999999999")]
    [InlineData("/van-ban?trang=2147483647")]
    [InlineData("/van-ban?q=ngh%E1%BB%8B&trang=999999999")]
    [InlineData("/don-vi/xa-minh-son/van-ban?trang=999999999")]
    public async Task Library_PageFarBeyondTheLast_Is404(string url)
    {
        using var client = factory.CreateClient();

        var (response, document) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Library_SecondPage_ListsDocuments()
    {
        using var client = factory.CreateClient();

        var (response, document) = await client.GetPageAsync("/van-ban?trang=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Trang 2", document.Title);
    }
}

public sealed class DocumentLibraryPagingTests_Sqlite(SqliteFactory factory) : DocumentLibraryPagingTests<SqliteFactory>(factory);

public sealed class DocumentLibraryPagingTests_Postgres(PostgresFactory factory) : DocumentLibraryPagingTests<PostgresFactory>(factory);

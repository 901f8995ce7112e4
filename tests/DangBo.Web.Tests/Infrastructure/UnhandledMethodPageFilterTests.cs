using System.Net;

namespace DangBo.Web.Tests.Infrastructure;

/// <summary>A form posted, with a valid token, to a page that only reads: 405 and the error page, not a 500.</summary>
public abstract class UnhandledMethodPageFilterTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc/kinh-te")]
    [InlineData("/gioi-thieu/lich-su")]
    [InlineData("/van-ban")]
    [InlineData("/tim-kiem?q=kinh")]
    [InlineData("/don-vi")]
    [InlineData("/don-vi/xa-minh-son/")]
    [InlineData("/tin-tuc/kinh-te?handler=Nope")]
    public async Task PublicPage_Post_Is405(string url)
    {
        using var reader = WebSession.Anonymous(factory);
        var form = (await reader.GetPageAsync("/dang-nhap")).Forms.First(f => f.ClassList.Contains("signin-form"));

        var response = await reader.SubmitAsync(form, new(), action: url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        var page = await WebSession.ParseAsync(response, url);
        Assert.Equal("Thao tác không được hỗ trợ", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/quan-tri/nhuan-but")]
    [InlineData("/quan-tri/van-ban")]
    [InlineData("/quan-tri/tin-bai")]
    public async Task BackOfficePage_Post_Is405(string url)
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var form = (await chief.GetPageAsync("/quan-tri/chuyen-muc/them")).Form("form.form-narrow");

        var response = await chief.SubmitAsync(form, new(), action: url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}

public sealed class UnhandledMethodPageFilterTests_Sqlite(SqliteFactory factory) : UnhandledMethodPageFilterTests<SqliteFactory>(factory);

public sealed class UnhandledMethodPageFilterTests_Postgres(PostgresFactory factory) : UnhandledMethodPageFilterTests<PostgresFactory>(factory);

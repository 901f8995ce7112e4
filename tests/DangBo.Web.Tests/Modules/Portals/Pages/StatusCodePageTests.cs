using System.Net;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Modules.Portals.Pages;

/// <summary>The error page shown after a failed form post names the failure, even when the posted form cannot be read.</summary>
public abstract class StatusCodePageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task SignIn_PostedFormWithNul_Is400WithItsMessage()
    {
        using var visitor = WebSession.Anonymous(factory);
        var form = (await visitor.GetPageAsync("/dang-nhap")).Forms.First(f => f.ClassList.Contains("signin-form"));

        var response = await visitor.SubmitAsync(form, new() { ["Input.UserName"] = "quan\0tri", ["Input.Password"] = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response, "/dang-nhap");
        Assert.Equal("Yêu cầu không hợp lệ", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.False(visitor.IsSignedIn);
    }

    [Fact]
    public async Task PublicPage_PostedFormWithNul_Is400WithItsMessage()
    {
        using var visitor = WebSession.Anonymous(factory);
        var form = (await visitor.GetPageAsync("/dang-nhap")).Forms.First(f => f.ClassList.Contains("signin-form"));

        var response = await visitor.SubmitAsync(form, new() { ["x"] = "\0" }, action: "/tim-kiem");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response, "/tim-kiem");
        Assert.Equal("Yêu cầu không hợp lệ", page.QuerySelector("h1")?.TextContent.Trim());
    }
}

public sealed class StatusCodePageTests_Sqlite(SqliteFactory factory) : StatusCodePageTests<SqliteFactory>(factory);

public sealed class StatusCodePageTests_Postgres(PostgresFactory factory) : StatusCodePageTests<PostgresFactory>(factory);

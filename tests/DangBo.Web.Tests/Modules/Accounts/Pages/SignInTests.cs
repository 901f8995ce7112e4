using AngleSharp.Dom;
using System.Net;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Accounts.Pages;

/// <summary>Each test signs in for real; sign-in attempts are rate limited (10 a minute), so this class stays under that.</summary>
public abstract class SignInTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task BackOffice_Anonymous_RedirectsToSignIn()
    {
        using var visitor = WebSession.Anonymous(factory);

        var response = await visitor.GetAsync("/quan-tri");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dang-nhap?ReturnUrl=%2Fquan-tri", response.Headers.Location!.PathAndQuery);
        var page = await visitor.GetPageAsync("/dang-nhap?ReturnUrl=%2Fquan-tri");
        Assert.Equal("Đăng nhập hệ thống quản trị", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsVietnameseErrorAndStaysSignedOut()
    {
        using var visitor = WebSession.Anonymous(factory);

        var response = await visitor.SignInAsync("bientap", "sai-mat-khau");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response, "/dang-nhap");
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", page.Errors());
        Assert.Equal("bientap", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.UserName']")!.Value);
        Assert.False(visitor.IsSignedIn);
    }

    [Theory]
    [InlineData("quantri", "Nguyễn Quản Trị")]
    [InlineData("truongbbt", "Trần Thị Biên Tập")]
    [InlineData("bientap", "Lê Văn Biên")]
    [InlineData("congtacvien", "Phạm Cộng Tác")]
    public async Task SignIn_DemoAccount_OpensDashboardWithNameAndUnit(string userName, string fullName)
    {
        using var person = WebSession.Anonymous(factory);

        var response = await person.SignInAsync(userName, DemoSeeder.DemoPassword, returnUrl: "/quan-tri");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/quan-tri", response.Headers.Location!.OriginalString);
        var dashboard = await person.GetPageAsync("/quan-tri");
        Assert.Equal(fullName, dashboard.QuerySelector(".admin-user-name")!.TextContent.Trim());
        Assert.Equal("Tỉnh ủy Sơn Hà", dashboard.QuerySelector(".admin-user-unit")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_ReturnUrlOnAnotherSite_GoesToTheDashboardInstead()
    {
        using var person = WebSession.Anonymous(factory);

        var response = await person.SignInAsync("bientap", DemoSeeder.DemoPassword, returnUrl: "https://lua-dao.example/quan-tri");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/quan-tri", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_DeactivatedAccount_IsRefusedWithReason()
    {
        var userName = "ngung" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
            var unitId = await db.Units.Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync();
            var created = await users.CreateAsync(new UserAccount { UserName = userName, FullName = "Người đã nghỉ", UnitId = unitId, IsActive = false }, DemoSeeder.DemoPassword);
            Assert.True(created.Succeeded);
        }
        using var person = WebSession.Anonymous(factory);

        var response = await person.SignInAsync(userName, DemoSeeder.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response, "/dang-nhap");
        Assert.Contains(page.Errors(), e => e.Contains("ngừng hoạt động", StringComparison.Ordinal));
        Assert.False(person.IsSignedIn);
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSession()
    {
        using var person = WebSession.Anonymous(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync("truongbbt", DemoSeeder.DemoPassword)).StatusCode);
        var dashboard = await person.GetPageAsync("/quan-tri");

        var response = await person.SubmitAsync(dashboard.Form("form.admin-signout"), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/quan-tri")).StatusCode);
        Assert.False(person.IsSignedIn);
    }
}

public sealed class SignInTests_Sqlite(SqliteFactory factory) : SignInTests<SqliteFactory>(factory);

public sealed class SignInTests_Postgres(PostgresFactory factory) : SignInTests<PostgresFactory>(factory);

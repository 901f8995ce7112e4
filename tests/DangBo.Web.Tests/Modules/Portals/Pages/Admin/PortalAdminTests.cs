using System.Net;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Portals.Pages.Admin;

/// <summary>Opening portals for units below, and a unit's staff editing their own portal (and only theirs).</summary>
public abstract class PortalAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task Administrator_OpensAPortalForACell_WhichServesAtOnceWithNewsAMenuAndAHomePage()
    {
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Slug == "chi-bo-thon-tay-hung").Select(u => u.Id).SingleAsync());
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync("/quan-tri/cong-thong-tin/cap-duoi");
        Assert.Contains("/don-vi/xa-minh-son/", page.QuerySelector(".subportal-list")!.TextContent);

        var response = await admin.SubmitAsync(page.Forms.First(f => f.ClassList.Contains("new-portal")), new() { ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var reader = WebSession.Anonymous(factory);
        var home = await reader.GetPageAsync("/don-vi/chi-bo-thon-tay-hung/");
        Assert.Contains("Trang thông tin điện tử Chi bộ thôn Tây Hưng", home.Title);
        Assert.Contains(home.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/don-vi/chi-bo-thon-tay-hung/tin-tuc/tin-tuc-su-kien");
        Assert.Contains("Trang thông tin điện tử Chi bộ thôn Tây Hưng", (await reader.GetPageAsync("/don-vi")).QuerySelector(".portal-list")!.TextContent);
    }

    [Fact]
    public async Task OpeningAPortal_WithATakenAddressOrABadHostName_ShowsWhy_KeepsTheInput_AndOpensNothing()
    {
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Slug == "chi-bo-khu-pho-1-an-phu").Select(u => u.Id).SingleAsync());
        var before = await factory.WithDbAsync(db => db.Portals.CountAsync());
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync("/quan-tri/cong-thong-tin/cap-duoi");

        var response = await admin.SubmitAsync(page.Forms.First(f => f.ClassList.Contains("new-portal")), new()
        {
            ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Name"] = "Trang của Chi bộ khu phố 1",
            ["Input.Slug"] = "xa-minh-son",
            ["Input.HostName"] = "http://khong hop le/",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await WebSession.ParseAsync(response, "http://localhost/quan-tri/cong-thong-tin/cap-duoi");
        Assert.Contains("Địa chỉ này đã được một cổng khác dùng.", form.Body!.TextContent);
        Assert.Contains("Tên miền không hợp lệ", form.Body.TextContent);
        Assert.Equal("Trang của Chi bộ khu phố 1", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#Input_Name")!).Value);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Portals.CountAsync()));
    }

    [Fact]
    public async Task CommuneEditorInChief_EditsTheirPortalsDetails_WhichReadersSee_ButCannotOpenPortals()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bbt.anphu");
        var page = await editor.GetPageAsync("/don-vi/phuong-an-phu/quan-tri/cong-thong-tin");
        var tagline = "Vì một phường An Phú văn minh " + Guid.NewGuid().ToString("N")[..6];
        var response = await editor.SubmitAsync(page.Forms.First(f => f.ClassList.Contains("portal-settings")), new() { ["Input.Tagline"] = tagline, ["Input.Phone"] = "0203 3822 999" },
            files: new Dictionary<string, (string, string, byte[])> { ["Input.Banner"] = ("banner.png", "image/png", TestImages.Png(320, 60)) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var reader = WebSession.Anonymous(factory);
        var home = await reader.GetPageAsync("/don-vi/phuong-an-phu/");
        Assert.Contains(tagline, home.Body!.TextContent);
        Assert.Contains("0203 3822 999", home.QuerySelector("footer")!.TextContent);
        Assert.StartsWith("/media/", home.QuerySelector(".site-banner img")!.GetAttribute("src"));
        // The province's portal is untouched.
        Assert.DoesNotContain(tagline, (await reader.GetPageAsync("/")).Body!.TextContent);

        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/don-vi/phuong-an-phu/quan-tri/cong-thong-tin/cap-duoi")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/don-vi/xa-minh-son/quan-tri/cong-thong-tin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync("/quan-tri/cong-thong-tin")).StatusCode);
    }

    [Fact]
    public async Task PortalDetails_WithoutANameOrWithALogoThatIsNotAnImage_AreRefused_AndNothingChanges()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bbt.honglinh");
        var page = await editor.GetPageAsync("/don-vi/xa-hong-linh/quan-tri/cong-thong-tin");
        var response = await editor.SubmitAsync(page.Forms.First(f => f.ClassList.Contains("portal-settings")),
            new() { ["Input.Name"] = "  ", ["Input.Tagline"] = "Dòng mới không được lưu" },
            files: new Dictionary<string, (string, string, byte[])> { ["Input.Logo"] = ("logo.png", "image/png", "MZ\u0090\0 not an image"u8.ToArray()) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await WebSession.ParseAsync(response, "http://localhost/don-vi/xa-hong-linh/quan-tri/cong-thong-tin");
        Assert.Contains("Vui lòng nhập tên cổng.", form.Body!.TextContent);
        Assert.Equal("Dòng mới không được lưu", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#Input_Tagline")!).Value);
        var portal = await factory.WithDbAsync(db => db.Portals.AsNoTracking().SingleAsync(p => p.Slug == "xa-hong-linh"));
        Assert.Equal("Trang thông tin điện tử Đảng bộ xã Hồng Lĩnh", portal.Name);
        Assert.NotEqual("Dòng mới không được lưu", portal.Tagline);

        var badLogo = await editor.SubmitAsync((await editor.GetPageAsync("/don-vi/xa-hong-linh/quan-tri/cong-thong-tin")).Forms.First(f => f.ClassList.Contains("portal-settings")),
            new(), files: new Dictionary<string, (string, string, byte[])> { ["Input.Logo"] = ("logo.png", "image/png", "MZ\u0090\0 not an image"u8.ToArray()) });
        Assert.Equal(HttpStatusCode.OK, badLogo.StatusCode);
        Assert.Contains("không phải là ảnh", await badLogo.Content.ReadAsStringAsync());
        Assert.Null(await factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == "xa-hong-linh").Select(p => p.LogoPath).SingleAsync()));
    }

    [Fact]
    public async Task CommuneStaff_SigningInOnTheProvincesAddress_LandInTheirOwnBackOffice()
    {
        using var session = WebSession.Anonymous(factory);
        var signIn = await session.SignInAsync("ctv.minhson", DangBo.Web.Modules.Demo.DemoSeeder.DemoPassword);
        Assert.Equal("/quan-tri", signIn.Headers.Location!.OriginalString);

        var dashboard = await session.GetAsync("/quan-tri");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/don-vi/xa-minh-son/quan-tri", dashboard.Headers.Location!.OriginalString);
        var own = await session.GetPageAsync("/don-vi/xa-minh-son/quan-tri");
        Assert.Contains("Trang thông tin điện tử Đảng bộ xã Minh Sơn", own.Body!.TextContent);
    }
}

public sealed class PortalAdminTests_Sqlite(SqliteFactory factory) : PortalAdminTests<SqliteFactory>(factory);

public sealed class PortalAdminTests_Postgres(PostgresFactory factory) : PortalAdminTests<PostgresFactory>(factory);

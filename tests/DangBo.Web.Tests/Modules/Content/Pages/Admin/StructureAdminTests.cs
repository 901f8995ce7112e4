using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Content.Pages.Admin;

/// <summary>Categories, special topics and introduction pages, and who may manage them.</summary>
public abstract class StructureAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Theory]
    [InlineData("/quan-tri/chuyen-muc")]
    [InlineData("/quan-tri/chuyen-muc/them")]
    [InlineData("/quan-tri/chuyen-de")]
    [InlineData("/quan-tri/trang-gioi-thieu")]
    [InlineData("/quan-tri/menu")]
    [InlineData("/quan-tri/trang-chu")]
    [InlineData("/quan-tri/nguoi-dung")]
    public async Task StructurePages_Contributor_IsSentToAccessDenied(string url)
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");

        var response = await contributor.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/quan-tri/khong-co-quyen", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task CreateCategory_ContributorPostingAnyway_IsRefusedAndNothingSaved()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        // The form comes from someone allowed to see it; the contributor's own antiforgery token goes with it.
        var form = (await chief.GetPageAsync("/quan-tri/chuyen-muc/them")).Form("form.form");
        var token = (await contributor.GetPageAsync("/quan-tri/tin-bai/them")).QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        var before = await factory.WithDbAsync(db => db.Categories.CountAsync());

        var response = await contributor.SubmitAsync(form, new() { ["Input.Name"] = "Chuyên mục lén tạo", ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task Navigation_ShowsEachPersonOnlyWhatTheyMayUse()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var admin = await WebSession.SignedInAsync(factory, "quantri");

        var contributorLinks = (await contributor.GetPageAsync("/quan-tri")).QuerySelectorAll(".admin-nav a").Select(a => a.TextContent.Trim()).ToList();
        var adminLinks = (await admin.GetPageAsync("/quan-tri")).QuerySelectorAll(".admin-nav a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(["Tổng quan", "Tin bài", "Viết tin bài", "Việc của tôi", "Thông báo"], contributorLinks);
        Assert.DoesNotContain("Quy trình biên tập", contributorLinks);
        Assert.Contains("Chuyên mục", adminLinks);
        Assert.Contains("Menu chính", adminLinks);
        Assert.Contains("Người dùng và phân quyền", adminLinks);
    }

    [Fact]
    public async Task CreateCategory_EmptySlug_IsMadeFromTheName()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/chuyen-muc/them");
        var marker = Guid.NewGuid().ToString("N")[..6];

        var response = await chief.SubmitAsync(page.Form("form.form"), new() { ["Input.Name"] = $"Đối ngoại nhân dân {marker}", ["Input.Slug"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Slug == $"doi-ngoai-nhan-dan-{marker}" && c.Name == $"Đối ngoại nhân dân {marker}")));
    }

    [Fact]
    public async Task CreateCategory_SlugTakenOrMalformed_ShowsVietnameseMessage()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/chuyen-muc/them");
        var before = await factory.WithDbAsync(db => db.Categories.CountAsync());

        var taken = await chief.SubmitAsync(page.Form("form.form"), new() { ["Input.Name"] = "Kinh tế mới", ["Input.Slug"] = "kinh-te" });
        var takenPage = await WebSession.ParseAsync(taken, "/quan-tri/chuyen-muc/them");
        var malformed = await chief.SubmitAsync(page.Form("form.form"), new() { ["Input.Name"] = "Văn hóa", ["Input.Slug"] = "Văn Hóa" });
        var malformedPage = await WebSession.ParseAsync(malformed, "/quan-tri/chuyen-muc/them");

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("Đường dẫn \"kinh-te\" đã được dùng trong cổng thông tin này; vui lòng chọn đường dẫn khác.", takenPage.Errors());
        Assert.Equal("Kinh tế mới", takenPage.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")!.Value);
        Assert.Contains(malformedPage.Errors(), e => e.Contains("ví dụ: van-hoa", StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task DeleteCategory_WithArticles_IsRefused()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var category = await factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Slug == "quoc-phong-an-ninh"));
        await factory.WithDbAsync(async db =>
        {
            db.Articles.Add(new Article { PortalId = category.PortalId, CategoryId = category.Id, Title = "Diễn tập khu vực phòng thủ", Slug = "dien-tap-" + Guid.NewGuid().ToString("N")[..8], BodyHtml = "<p>Nội dung</p>" });
            await db.SaveChangesAsync();
        });
        var edit = await chief.GetPageAsync($"/quan-tri/chuyen-muc/{category.Id}");

        var response = await chief.SubmitAsync(edit.Form("form.danger-zone"), []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await WebSession.ParseAsync(response, "/")).Errors(), e => e.Contains("tin bài", StringComparison.Ordinal));
        Assert.True(await factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
    }

    [Fact]
    public async Task Topic_CreateThenRename_KeepsSlugUnique()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/chuyen-de/them");
        var marker = Guid.NewGuid().ToString("N")[..6];

        var created = await chief.SubmitAsync(page.Form("form.form"), new() { ["Input.Name"] = $"Đại hội Đảng bộ các cấp {marker}" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var topic = await factory.WithDbAsync(db => db.Topics.SingleAsync(t => t.Slug == $"dai-hoi-dang-bo-cac-cap-{marker}"));
        var otherSlug = await factory.WithDbAsync(db => db.Topics.Where(t => t.Id != topic.Id).Select(t => t.Slug).FirstAsync());

        var edit = await chief.GetPageAsync($"/quan-tri/chuyen-de/{topic.Id}");
        var clash = await chief.SubmitAsync(edit.Form("form.form"), new() { ["Input.Slug"] = otherSlug });

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains((await WebSession.ParseAsync(clash, "/")).Errors(), e => e.Contains("đã được dùng", StringComparison.Ordinal));
        Assert.Equal($"dai-hoi-dang-bo-cac-cap-{marker}", (await factory.WithDbAsync(db => db.Topics.SingleAsync(t => t.Id == topic.Id))).Slug);
    }

    [Fact]
    public async Task StaticPage_Create_StoresSanitisedBody()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/trang-gioi-thieu/them");
        var marker = Guid.NewGuid().ToString("N")[..6];

        var response = await chief.SubmitAsync(page.Form("form.form"), new()
        {
            ["Input.Title"] = $"Truyền thống cách mạng {marker}",
            ["Input.BodyHtml"] = "<h2>Những năm đầu</h2><p onclick=\"steal()\">Năm 1930<script>x()</script></p>",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.WithDbAsync(db => db.StaticPages.SingleAsync(p => p.Slug == $"truyen-thong-cach-mang-{marker}"));
        Assert.Equal("<h2>Những năm đầu</h2><p>Năm 1930</p>", stored.BodyHtml);
    }

    [Fact]
    public async Task StaticPage_EmptyBody_ShowsMessageAndKeepsTitle()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/trang-gioi-thieu/them");

        var response = await chief.SubmitAsync(page.Form("form.form"), new() { ["Input.Title"] = "Trang chưa có nội dung", ["Input.BodyHtml"] = "<p><br></p>" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, "/");
        Assert.Contains("Vui lòng nhập nội dung trang.", result.Errors());
        Assert.Equal("Trang chưa có nội dung", result.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value);
    }
}

public sealed class StructureAdminTests_Sqlite(SqliteFactory factory) : StructureAdminTests<SqliteFactory>(factory);

public sealed class StructureAdminTests_Postgres(PostgresFactory factory) : StructureAdminTests<PostgresFactory>(factory);

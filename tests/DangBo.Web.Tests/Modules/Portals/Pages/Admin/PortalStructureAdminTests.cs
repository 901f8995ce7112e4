using AngleSharp.Dom;
using System.Net;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Portals.Pages.Admin;

/// <summary>The main menu and the home-page blocks.</summary>
public abstract class PortalStructureAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task MenuItem_UnderParent_IsSavedInOrder()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/menu/them");
        var parent = await factory.WithDbAsync(db => db.MenuItems.SingleAsync(m => m.Url == "/gioi-thieu"));
        var title = "Văn kiện đại hội " + Guid.NewGuid().ToString("N")[..6];

        var response = await chief.SubmitAsync(page.Form("form.form"), new()
        {
            ["Input.Title"] = title,
            ["Input.Url"] = "/chuyen-de/dai-hoi",
            ["Input.ParentId"] = parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.SortOrder"] = "9",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.WithDbAsync(db => db.MenuItems.SingleAsync(m => m.Title == title));
        Assert.Equal((parent.Id, "/chuyen-de/dai-hoi", 9), (item.ParentId!.Value, item.Url, item.SortOrder));
        var list = await chief.GetPageAsync("/quan-tri/menu");
        Assert.Contains(list.QuerySelectorAll("tr.row-child a"), a => a.TextContent == title);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//lua-dao.example")]
    [InlineData("tin-tuc")]
    public async Task MenuItem_UnacceptableUrl_IsRefusedWithMessage(string url)
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/menu/them");
        var before = await factory.WithDbAsync(db => db.MenuItems.CountAsync());

        var response = await chief.SubmitAsync(page.Form("form.form"), new() { ["Input.Title"] = "Liên kết lạ", ["Input.Url"] = url });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, "/");
        Assert.Contains(result.Errors(), e => e.StartsWith("Địa chỉ phải là đường dẫn trong cổng", StringComparison.Ordinal));
        Assert.Equal(url, result.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Url']")!.Value);
        Assert.Equal(before, await factory.WithDbAsync(db => db.MenuItems.CountAsync()));
    }

    [Fact]
    public async Task HomeBlock_CategoryKindWithoutCategory_IsRefused_ThenSavedWithOne()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var page = await chief.GetPageAsync("/quan-tri/trang-chu/them");
        var title = "Khối thử " + Guid.NewGuid().ToString("N")[..6];
        var category = await factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "van-hoa-xa-hoi").Select(c => c.Id).SingleAsync());

        var refused = await chief.SubmitAsync(page.Form("form.form"), new() { ["Input.Kind"] = nameof(HomeBlockKind.Category), ["Input.Title"] = title, ["Input.CategoryId"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Khối chuyên mục cần chọn một chuyên mục.", (await WebSession.ParseAsync(refused, "/")).Errors());

        var saved = await chief.SubmitAsync(page.Form("form.form"), new()
        {
            ["Input.Kind"] = nameof(HomeBlockKind.Category), ["Input.Title"] = title,
            ["Input.CategoryId"] = category.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.ItemCount"] = "6",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var block = await factory.WithDbAsync(db => db.HomeBlocks.SingleAsync(b => b.Title == title));
        Assert.Equal((HomeBlockKind.Category, category, 6, true), (block.Kind, block.CategoryId!.Value, block.ItemCount, block.IsVisible));
    }

    [Fact]
    public async Task HomeBlock_Hide_KeepsBlockButNotVisible()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var block = await factory.WithDbAsync(db => db.HomeBlocks.FirstAsync(b => b.Kind == HomeBlockKind.Topics));
        var edit = await chief.GetPageAsync($"/quan-tri/trang-chu/{block.Id}");
        var form = edit.Form("form.form");
        // Unticking a checkbox: the browser then sends only the hidden "false" that Razor adds.
        var visible = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[type=checkbox][name='Input.IsVisible']")!;
        visible.IsChecked = false;

        var response = await chief.SubmitAsync(form, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await factory.WithDbAsync(db => db.HomeBlocks.SingleAsync(b => b.Id == block.Id))).IsVisible);
    }
}

public sealed class PortalStructureAdminTests_Sqlite(SqliteFactory factory) : PortalStructureAdminTests<SqliteFactory>(factory);

public sealed class PortalStructureAdminTests_Postgres(PostgresFactory factory) : PortalStructureAdminTests<PostgresFactory>(factory);

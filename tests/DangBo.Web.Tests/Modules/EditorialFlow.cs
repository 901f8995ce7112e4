using System.Net;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules;

/// <summary>Moving articles through the back office as people do.</summary>
internal static class EditorialFlow
{
    public static string EditUrl(int id) => $"/quan-tri/tin-bai/{id}";

    public static async Task<int> CreateAndSubmitAsync(DangBoFactory factory, WebSession writer, string title)
    {
        var page = await writer.GetPageAsync("/quan-tri/tin-bai/them");
        var category = await factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "thoi-su").Select(c => c.Id).FirstAsync());
        var response = await writer.SubmitAsync(page.Form("#article-form"), new()
        {
            ["Input.Title"] = title,
            ["Input.BodyHtml"] = "<p>Nội dung tin gửi duyệt.</p>",
            ["Input.CategoryId"] = category.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, page.Button("Lưu và gửi duyệt"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Articles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
    }

    public static async Task MoveAsync(WebSession session, int id, string button, string? comment = null)
    {
        var page = await session.GetPageAsync(EditUrl(id));
        var response = await session.SubmitAsync(page.Form("#workflow-form"), new() { ["Comment"] = comment }, page.Button(button));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{button}: {(int)response.StatusCode}");
    }

    public static Task<ArticleStatus> StatusAsync(DangBoFactory factory, int id) =>
        factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
}

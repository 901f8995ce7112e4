using System.Net;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Infrastructure;

/// <summary>A checkbox posted with something other than true or false: the form again with a message, not a 500.</summary>
public abstract class CheckboxModelBinderTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Theory]
    [InlineData("abc")]
    [InlineData("on")]
    [InlineData("")]
    public async Task CategoryForm_CheckboxNotABoolean_SaysSoKeepsTheTypingSavesNothing(string posted)
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var name = "Chuyên mục hộp kiểm " + Guid.NewGuid().ToString("N")[..8];
        var before = await factory.WithDbAsync(db => db.Categories.CountAsync());
        var form = (await chief.GetPageAsync("/quan-tri/chuyen-muc/them")).Form("form.form-narrow");

        var response = await chief.SubmitAsync(form, new() { ["Input.Name"] = name, ["Input.IsMain"] = posted });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response, "/quan-tri/chuyen-muc/them");
        Assert.Contains("Ô đánh dấu chỉ nhận giá trị có hoặc không.", page.Errors());
        Assert.Equal(name, page.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task DocumentTypeForm_CheckboxNotABooleanBesideAMissingName_ShowsTheFormAgain()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var form = (await chief.GetPageAsync("/quan-tri/van-ban/loai/them")).Form("#type-form");

        var response = await chief.SubmitAsync(form, new() { ["Input.Name"] = "", ["Input.Abbreviations"] = "HK", ["Input.IsActive"] = "abc" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response, "/quan-tri/van-ban/loai/them");
        Assert.Contains("Ô đánh dấu chỉ nhận giá trị có hoặc không.", page.Errors());
    }
}

public sealed class CheckboxModelBinderTests_Sqlite(SqliteFactory factory) : CheckboxModelBinderTests<SqliteFactory>(factory);

public sealed class CheckboxModelBinderTests_Postgres(PostgresFactory factory) : CheckboxModelBinderTests<PostgresFactory>(factory);

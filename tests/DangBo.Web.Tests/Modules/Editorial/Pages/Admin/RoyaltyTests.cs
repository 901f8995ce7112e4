using System.Net;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Editorial.Pages.Admin;

/// <summary>Royalties (nhuận bút): the approver grades, the month's report sums per author and unit, as a page, a workbook and a print.</summary>
public abstract class RoyaltyTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string ReportUrl = "/quan-tri/nhuan-but";
    private const string SettingsUrl = "/quan-tri/bien-tap/cau-hinh";

    [Fact]
    public async Task ApproveWithGrades_ReportSumsTheAuthorsMonth_InPageWorkbookAndPrint()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var grade = "A" + Guid.NewGuid().ToString("N")[..5];
        await AddRateAsync(chief, "News", grade, "150000");
        await AddRateAsync(chief, "Article", grade, "400000");
        var (writerName, writer) = await NewContributorAsync();
        using var _ = writer;
        var first = await EditorialFlow.CreateAndSubmitAsync(factory, writer, "Tin nhuận bút một " + grade);
        var second = await EditorialFlow.CreateAndSubmitAsync(factory, writer, "Bài nhuận bút hai " + grade);

        await ApproveWithAsync(chief, first, $"Tin – loại {grade} – 150.000 đ");
        await ApproveWithAsync(chief, second, $"Bài viết – loại {grade} – 400.000 đ");

        var report = await chief.GetPageAsync(ReportUrl);
        var subtotal = report.QuerySelectorAll(".royalty-subtotal").Single(r => r.TextContent.Contains(writerName, StringComparison.Ordinal));
        Assert.Contains("2 tin bài", subtotal.TextContent);
        Assert.Contains("550.000 đ", subtotal.TextContent);
        Assert.Contains(report.QuerySelectorAll(".royalty-item"), r => r.TextContent.Contains("Tin nhuận bút một " + grade, StringComparison.Ordinal) && r.TextContent.Contains("150.000 đ", StringComparison.Ordinal));

        using var xlsx = await chief.GetAsync(ReportUrl + "?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var rows = ReadFirstSheet(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Contains(rows, r => r.Contains("Bài nhuận bút hai " + grade) && r.Contains("400000") && r.Contains(writerName));
        Assert.Contains(rows, r => r.Contains($"Cộng {writerName}") && r.Contains("550000"));

        var print = await chief.GetPageAsync(ReportUrl + "/in");
        Assert.NotNull(print.QuerySelector("body.print-view"));
        Assert.Contains(print.QuerySelectorAll(".royalty-subtotal"), r => r.TextContent.Contains("550.000 đ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApproveWithoutGrade_RecordsNoRoyalty()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, "Tin không nhuận bút " + Guid.NewGuid().ToString("N")[..6]);

        await EditorialFlow.MoveAsync(chief, id, "Duyệt và xuất bản");

        Assert.False(await factory.WithDbAsync(db => db.RoyaltyEntries.AnyAsync(e => e.ArticleId == id)));
    }

    [Fact]
    public async Task AddRate_Invalid_ShowsMessagesAndAddsNothing()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var before = await factory.WithDbAsync(db => db.RoyaltyRates.CountAsync());
        var page = await chief.GetPageAsync(SettingsUrl);

        var response = await chief.SubmitAsync(page.Form("#rate-form"), new() { ["NewRate.Grade"] = "", ["NewRate.Amount"] = "-5" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await WebSession.ParseAsync(response, SettingsUrl)).Errors();
        Assert.Contains("Vui lòng chọn loại tác phẩm.", errors);
        Assert.Contains(errors, e => e.Contains("Số tiền phải lớn hơn 0", StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.RoyaltyRates.CountAsync()));
    }

    [Fact]
    public async Task Report_ForAnEditor_IsRefused()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var response = await editor.GetAsync(ReportUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/quan-tri/khong-co-quyen", response.Headers.Location!.OriginalString);
    }

    private static async Task AddRateAsync(WebSession chief, string type, string grade, string amount)
    {
        var page = await chief.GetPageAsync(SettingsUrl);
        var response = await chief.SubmitAsync(page.Form("#rate-form"), new() { ["NewRate.ContentType"] = type, ["NewRate.Grade"] = grade, ["NewRate.Amount"] = amount });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task ApproveWithAsync(WebSession chief, int id, string rateLabel)
    {
        var page = await chief.GetPageAsync(EditorialFlow.EditUrl(id));
        var option = page.QuerySelectorAll("#RoyaltyRateId option").Single(o => o.TextContent.Trim() == rateLabel);
        var response = await chief.SubmitAsync(page.Form("#workflow-form"), new() { ["RoyaltyRateId"] = option.GetAttribute("value") }, page.Button("Duyệt và xuất bản"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A contributor of the test's own, so their month holds only this test's articles.</summary>
    private async Task<(string FullName, WebSession Session)> NewContributorAsync()
    {
        var userName = "ctv" + Guid.NewGuid().ToString("N")[..8];
        var fullName = "Cộng tác viên " + userName[3..];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var province = await db.Units.SingleAsync(u => u.ParentId == null);
            var user = new UserAccount { UserName = userName, FullName = fullName, UnitId = province.Id };
            Assert.True((await users.CreateAsync(user, DemoSeeder.DemoPassword)).Succeeded);
            db.UnitRoles.Add(new UnitRoleAssignment { UserId = user.Id, UnitId = province.Id, Role = StaffRole.Contributor });
            await db.SaveChangesAsync();
        }
        return (fullName, await WebSession.SignedInAsync(factory, userName));
    }

    /// <summary>Each row's cell texts, as a spreadsheet program shows them.</summary>
    private static List<List<string>> ReadFirstSheet(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
            .ToList();
    }
}

public sealed class RoyaltyTests_Sqlite(SqliteFactory factory) : RoyaltyTests<SqliteFactory>(factory);

public sealed class RoyaltyTests_Postgres(PostgresFactory factory) : RoyaltyTests<PostgresFactory>(factory);

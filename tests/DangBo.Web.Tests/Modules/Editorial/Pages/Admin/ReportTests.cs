using System.Net;
using AngleSharp.Dom;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Editorial.Pages.Admin;

/// <summary>The editorial report: published items per month, unit, author and category, time to publication, returns.</summary>
public abstract class ReportTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static readonly DateTime May2019 = new(2019, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Report_OneMonth_CountsEveryTableAndTheAverageTimeInVietnamTime()
    {
        var data = await ArrangeWriterAsync();
        // Submitted, returned once, published 48 hours after the first submission.
        await AddArticleAsync(data, published: May2019.AddDays(11), submitted: May2019.AddDays(9), returned: May2019.AddDays(10));
        // 96 hours, returned once.
        await AddArticleAsync(data, published: May2019.AddDays(23), submitted: May2019.AddDays(19), returned: May2019.AddDays(20));
        // Imported (never submitted): counted, but not in the average. 23:30 on 31 May in Vietnam.
        await AddArticleAsync(data, published: new DateTime(2019, 5, 31, 16, 30, 0, DateTimeKind.Utc));
        // 00:30 on 1 June in Vietnam, although still 31 May in UTC: June's.
        await AddArticleAsync(data, published: new DateTime(2019, 5, 31, 17, 30, 0, DateTimeKind.Utc));
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");

        var page = await chief.GetPageAsync("/quan-tri/bao-cao?tu=2019-05&den=2019-05");

        Assert.Contains("từ ngày 01/05/2019 đến ngày 31/05/2019", Text(page.QuerySelector(".report-scope")!));
        Assert.Equal("3", Text(page.QuerySelector("#so-tin-xuat-ban")!));
        Assert.Equal("3 ngày", Text(page.QuerySelector("#thoi-gian-trung-binh")!));
        Assert.Equal("2", Text(page.QuerySelector("#so-lan-tra-lai")!));
        Assert.Equal(["05/2019", "3", "3 ngày"], Row(page, "#bang-theo-thang", "05/2019"));
        Assert.Equal([data.Writer, "3"], Row(page, "#bang-theo-tac-gia", data.Writer));
        Assert.Equal([data.Unit, "3"], Row(page, "#bang-theo-don-vi", data.Unit));
        Assert.Equal([data.Category, "3"], Row(page, "#bang-theo-chuyen-muc", data.Category));
        Assert.Equal([data.Writer, "2"], Row(page, "#bang-tra-lai", data.Writer));
        // The charts are drawn from these tables by chart.js, served from the site itself.
        Assert.Equal("bar", page.QuerySelector("#bang-theo-tac-gia")!.GetAttribute("data-chart"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/lib/chart.js/chart.umd.min.js", StringComparison.Ordinal));

        var june = await chief.GetPageAsync("/quan-tri/bao-cao?tu=2019-06&den=2019-06");
        Assert.Equal([data.Writer, "1"], Row(june, "#bang-theo-tac-gia", data.Writer));
    }

    [Fact]
    public async Task Report_Xlsx_HoldsTheSameFigures()
    {
        var data = await ArrangeWriterAsync();
        var august = new DateTime(2017, 8, 1, 0, 0, 0, DateTimeKind.Utc);
        await AddArticleAsync(data, published: august.AddDays(3), submitted: august.AddDays(2));
        await AddArticleAsync(data, published: august.AddDays(4));
        using var deputy = await WebSession.SignedInAsync(factory, "phobbt");

        var response = await deputy.GetAsync("/quan-tri/bao-cao?handler=Xlsx&tu=2017-08&den=2017-08");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bao-cao-tin-bai-2017-08-2017-08.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var authors = SheetRows(document, "Theo tác giả");
        Assert.Contains(authors, r => r.SequenceEqual([data.Writer, "2"]));
        var summary = SheetRows(document, "Tổng hợp theo tháng");
        Assert.Contains(summary, r => r.SequenceEqual(["08/2017", "2", "24"]));
        Assert.Contains(SheetRows(document, "Theo chuyên mục"), r => r.SequenceEqual([data.Category, "2"]));
    }

    [Theory]
    [InlineData("2019-07", "2019-05", "Tháng bắt đầu phải trước hoặc trùng tháng kết thúc.")]
    [InlineData("tháng năm", "2019-05", "Tháng bắt đầu không hợp lệ; hãy chọn tháng và năm.")]
    [InlineData("2010-01", "2019-05", "Mỗi báo cáo gồm tối đa 60 tháng.")]
    [InlineData("9999-10", "9999-12", "Tháng kết thúc không hợp lệ; hãy chọn tháng và năm.")]
    public async Task Report_BadPeriod_SaysWhyAndKeepsTheTyping(string from, string to, string message)
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");

        var page = await chief.GetPageAsync($"/quan-tri/bao-cao?tu={Uri.EscapeDataString(from)}&den={to}");

        Assert.Equal([message], page.Errors());
        Assert.Equal(from, page.QuerySelector("#tu")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector(".report-table"));
    }

    [Theory]
    [InlineData("truongbbt", true)]
    [InlineData("phobbt", true)]
    [InlineData("thuky", true)]
    [InlineData("quantri", true)]
    [InlineData("bientap", false)]
    [InlineData("congtacvien", false)]
    public async Task Report_OnlyTheEditorialBoardsLeadersAndAdministrators_MayOpenIt(string userName, bool allowed)
    {
        using var session = await WebSession.SignedInAsync(factory, userName);

        AssertAllowed(allowed, await session.GetAsync("/quan-tri/bao-cao"));
        AssertAllowed(allowed, await session.GetAsync("/quan-tri/bao-cao?handler=Xlsx"));
        var menu = await session.GetPageAsync("/quan-tri");
        Assert.Equal(allowed, menu.QuerySelectorAll("a").Any(a => a.TextContent.Trim() == "Báo cáo thống kê"));
    }

    /// <summary>A refused page view leads to the explanation page.</summary>
    private static void AssertAllowed(bool allowed, HttpResponseMessage response)
    {
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/quan-tri/khong-co-quyen", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Report_SubUnits_GatherTheirPortalsForAnAdministratorOnly()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var category = "Tin xã Thống Nhất " + marker;
        await factory.WithDbAsync(async db =>
        {
            var root = await db.Portals.Where(p => p.IsRoot).Select(p => new { p.UnitId, p.Unit!.Path }).SingleAsync();
            var unit = new OrganisationUnit { ParentId = root.UnitId, Kind = UnitKind.CommuneCommittee, Name = "Đảng ủy xã Thống Nhất " + marker, Slug = "xa-thong-nhat-" + marker };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            unit.Path = root.Path + unit.Id + "/";
            var portal = new Portal { UnitId = unit.Id, Name = "Cổng thông tin xã Thống Nhất " + marker, Slug = "thong-nhat-" + marker };
            db.Portals.Add(portal);
            await db.SaveChangesAsync();
            var c = new Category { PortalId = portal.Id, Name = category, Slug = "tin-xa-" + marker };
            db.Categories.Add(c);
            await db.SaveChangesAsync();
            var article = new Article { PortalId = portal.Id, CategoryId = c.Id, Title = "Xã Thống Nhất họp dân " + marker, Slug = "hop-dan-" + marker, BodyHtml = "<p>Nội dung.</p>" };
            article.Publish(DateTime.UtcNow, new DateTime(2018, 3, 10, 3, 0, 0, DateTimeKind.Utc));
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        });
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        using var admin = await WebSession.SignedInAsync(factory, "quantri");

        var portalOnly = await admin.GetPageAsync("/quan-tri/bao-cao?tu=2018-03&den=2018-03");
        var withSubUnits = await admin.GetPageAsync("/quan-tri/bao-cao?tu=2018-03&den=2018-03&pham-vi=cap-duoi");
        var refused = await chief.GetAsync("/quan-tri/bao-cao?tu=2018-03&den=2018-03&pham-vi=cap-duoi");

        Assert.DoesNotContain(category, portalOnly.QuerySelector("main")!.TextContent);
        Assert.Equal([category, "1"], Row(withSubUnits, "#bang-theo-chuyen-muc", category));
        Assert.Contains("và các đơn vị cấp dưới", Text(withSubUnits.QuerySelector(".report-scope")!));
        AssertAllowed(false, refused);
        Assert.Null((await chief.GetPageAsync("/quan-tri/bao-cao")).QuerySelector("#pham-vi"));
    }

    private sealed record Arranged(int PortalId, int CategoryId, string UserId, string Writer, string Unit, string Category, string Marker);

    /// <summary>A writer of their own, in a unit of their own, and a category of their own: rows no other test adds to.</summary>
    private Task<Arranged> ArrangeWriterAsync() => factory.WithDbAsync(async db =>
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var root = await db.Portals.Where(p => p.IsRoot).Select(p => new { p.Id, p.UnitId, p.Unit!.Path }).SingleAsync();
        var unit = new OrganisationUnit { ParentId = root.UnitId, Kind = UnitKind.AdvisoryBoard, Name = "Ban Tuyên giáo thử " + marker, Slug = "tuyen-giao-" + marker };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = root.Path + unit.Id + "/";
        var user = new UserAccount { UserName = "tg" + marker, NormalizedUserName = "TG" + marker.ToUpperInvariant(), FullName = "Trần Thị Thống Kê " + marker, UnitId = unit.Id };
        db.Users.Add(user);
        var category = new Category { PortalId = root.Id, Name = "Chuyên mục báo cáo " + marker, Slug = "bao-cao-" + marker };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return new Arranged(root.Id, category.Id, user.Id, user.FullName, unit.Name, category.Name, marker);
    });

    private Task AddArticleAsync(Arranged data, DateTime published, DateTime? submitted = null, DateTime? returned = null) => factory.WithDbAsync(async db =>
    {
        var n = Guid.NewGuid().ToString("N")[..8];
        var article = new Article
        {
            PortalId = data.PortalId, CategoryId = data.CategoryId, Title = "Tin thống kê " + n, Slug = "tin-thong-ke-" + n, BodyHtml = "<p>Nội dung.</p>",
            CreatedByUserId = data.UserId, CreatedAt = published.AddDays(-10), UpdatedAt = published,
        };
        if (submitted is { } s)
        {
            article.Transitions.Add(Move(ArticleTransitionKind.Submit, ArticleStatus.Draft, ArticleStatus.Submitted, s));
        }
        if (returned is { } r)
        {
            article.Transitions.Add(Move(ArticleTransitionKind.ReturnForRevision, ArticleStatus.Submitted, ArticleStatus.Returned, r));
            article.Transitions.Add(Move(ArticleTransitionKind.Submit, ArticleStatus.Returned, ArticleStatus.Submitted, r.AddHours(2)));
        }
        article.Publish(DateTime.UtcNow, published);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
    });

    private static ArticleTransition Move(ArticleTransitionKind kind, ArticleStatus from, ArticleStatus to, DateTime at) =>
        new() { Kind = kind, FromStatus = from, ToStatus = to, At = at, ActorName = "Người thử" };

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string[] Row(IDocument page, string table, string label)
    {
        var row = page.QuerySelectorAll($"{table} tbody tr").SingleOrDefault(r => Text(r.Children[0]) == label)
            ?? throw new InvalidOperationException($"{table} has no row {label}: {page.QuerySelector(table)?.TextContent}");
        return row.Children.Select(Text).ToArray();
    }

    private static List<string[]> SheetRows(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray()).ToList();
    }
}

public sealed class ReportTests_Sqlite(SqliteFactory factory) : ReportTests<SqliteFactory>(factory);

public sealed class ReportTests_Postgres(PostgresFactory factory) : ReportTests<PostgresFactory>(factory);

using AngleSharp.Dom;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Organisation;

public abstract class StructurePageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static List<string> Names(IElement? section) =>
        section?.QuerySelectorAll(".leader-name").Select(n => n.TextContent.Trim()).ToList() ?? [];

    [Fact]
    public async Task StructurePage_ListsLeadersByBody()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/gioi-thieu/co-cau-to-chuc");

        var standingOffice = Names(page.QuerySelector("#thuong-truc")?.ParentElement);
        var standingBoard = Names(page.QuerySelector("#ban-thuong-vu")?.ParentElement);
        var executive = Names(page.QuerySelector("#ban-chap-hanh")?.ParentElement);
        Assert.Equal(["Nguyễn Văn Thành", "Trần Thị Hồng Hạnh", "Lê Quang Dũng"], standingOffice);
        Assert.Contains("Nguyễn Văn Thành", standingBoard);
        Assert.Contains("Phạm Thị Thu Trang", standingBoard);
        Assert.DoesNotContain("Ngô Văn Hùng", standingBoard);
        Assert.Contains("Ngô Văn Hùng", executive);
        Assert.Contains("Phạm Thị Thu Trang", executive);
        // Not a member of the provincial executive committee.
        Assert.DoesNotContain("Mai Văn Tâm", executive);
    }

    [Fact]
    public async Task StructurePage_ShowsAdvisoryBoardsAndSubordinateCommitteesWithTheirLeaders()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/gioi-thieu/co-cau-to-chuc");

        var boards = page.QuerySelector("#co-quan-tham-muu")!.ParentElement!;
        var organisationBoard = boards.QuerySelectorAll(".unit-card").Single(c => c.QuerySelector(".unit-name")!.TextContent == "Ban Tổ chức Tỉnh ủy");
        Assert.Contains("Tham mưu về tổ chức bộ máy", organisationBoard.TextContent);
        Assert.Contains("Phạm Thị Thu Trang", Names(organisationBoard));
        var committees = page.QuerySelector("#dang-bo-truc-thuoc")!.ParentElement!;
        var minhSon = committees.QuerySelectorAll(".unit-card").Single(c => c.QuerySelector(".unit-name")!.TextContent == "Đảng bộ xã Minh Sơn");
        Assert.Equal(["Ngô Văn Hùng", "Mai Văn Tâm"], Names(minhSon));
        Assert.DoesNotContain("Văn phòng Tỉnh ủy", committees.TextContent);
    }

    [Fact]
    public async Task StructurePage_LeaderWithoutPhoto_ShowsPlaceholderAndBio()
    {
        var name = "Phùng Văn Ảnh " + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            var hongLinh = await db.Units.SingleAsync(u => u.Slug == "xa-hong-linh");
            db.Leaders.Add(new Leader { UnitId = hongLinh.Id, FullName = name, Position = "Ủy viên Ban Thường vụ Đảng ủy xã", ShortBio = "Sinh năm 1990. Kỹ sư Thủy lợi.", SortOrder = 99 });
            await db.SaveChangesAsync();
        });
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/gioi-thieu/co-cau-to-chuc");

        var leader = page.QuerySelectorAll(".leader").Single(l => l.QuerySelector(".leader-name")?.TextContent.Trim() == name);
        Assert.Equal("/img/nguoi.svg", leader.QuerySelector("img")?.GetAttribute("src"));
        Assert.Equal("Ủy viên Ban Thường vụ Đảng ủy xã", leader.QuerySelector(".leader-position")?.TextContent.Trim());
        Assert.Contains("Kỹ sư Thủy lợi", leader.QuerySelector(".leader-bio")?.TextContent);
    }

    [Fact]
    public async Task StructurePage_Secretary_ShowsPhotoPositionAndBio()
    {
        using var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/gioi-thieu/co-cau-to-chuc");

        var secretary = page.QuerySelector("#thuong-truc")!.ParentElement!.QuerySelector(".leader")!;
        var photo = secretary.QuerySelector("img")?.GetAttribute("src");
        Assert.StartsWith("/media/", photo);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(photo)).StatusCode);
        Assert.Equal("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", secretary.QuerySelector(".leader-position")?.TextContent.Trim());
        Assert.Contains("Tiến sĩ Kinh tế", secretary.QuerySelector(".leader-bio")?.TextContent);
    }
}

public sealed class StructurePageTests_Sqlite(SqliteFactory factory) : StructurePageTests<SqliteFactory>(factory);

public sealed class StructurePageTests_Postgres(PostgresFactory factory) : StructurePageTests<PostgresFactory>(factory);

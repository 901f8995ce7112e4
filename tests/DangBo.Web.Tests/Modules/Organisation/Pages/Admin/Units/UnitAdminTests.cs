using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Organisation.Services;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Organisation.Pages.Admin.Units;

public abstract class UnitAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private static readonly DateOnly Founded = new(2025, 7, 1);

    [Fact]
    public async Task Create_UnderCommune_SavesUnitWithPathAndCreatedHistory()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Tạo Mới");
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/them?cha={commune.Id}");
        var slug = Slug("chi-bo-moi");

        var response = await admin.SubmitAsync(page.Form("form.unit-create"), new()
        {
            ["Input.Kind"] = nameof(UnitKind.PartyCell),
            ["Input.Name"] = "Chi bộ thôn Mới",
            ["Input.ShortName"] = "Chi bộ Mới",
            ["Input.Abbreviation"] = "CB",
            ["Input.Slug"] = slug,
            ["Input.Address"] = "Thôn Mới, xã Tạo Mới",
            ["Input.Phone"] = "0203 3825 999",
            ["Input.Email"] = "chibo@taomoi.sonha.dcs.vn",
            ["Input.ValidFrom"] = "2025-09-02",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Slug == slug));
        Assert.Equal(commune.Id, unit.ParentId);
        Assert.Equal($"{commune.Path}{unit.Id}/", unit.Path);
        Assert.Equal(new DateOnly(2025, 9, 2), unit.ValidFrom);
        Assert.Equal("CB", unit.Abbreviation);
        var version = await factory.WithDbAsync(db => db.UnitVersions.AsNoTracking().SingleAsync(v => v.UnitId == unit.Id));
        Assert.Equal(UnitChange.Created, version.Change);
        Assert.Equal("Nguyễn Quản Trị", version.ChangedByName);
        var list = await admin.GetPageAsync($"/quan-tri/to-chuc?cha={commune.Id}");
        Assert.Contains("Chi bộ thôn Mới", list.QuerySelector(".unit-list")!.TextContent);
    }

    [Fact]
    public async Task Create_BadInput_ShowsVietnameseMessagesKeepsTypingSavesNothing()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Nhập Sai");
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/them?cha={commune.Id}");
        var before = await factory.WithDbAsync(db => db.Units.CountAsync());

        var response = await admin.SubmitAsync(page.Form("form.unit-create"), new()
        {
            ["Input.Kind"] = nameof(UnitKind.PartyCell),
            ["Input.Name"] = "",
            ["Input.Slug"] = "xa-minh-son",
            ["Input.Address"] = "Thôn Giữ Lại",
            ["Input.Email"] = "khong-phai-email",
            ["Input.ValidFrom"] = "31/02/2025",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, "/quan-tri/to-chuc/them");
        var errors = result.Errors();
        Assert.Contains("Vui lòng nhập tên đơn vị.", errors);
        Assert.Contains(errors, e => e.Contains("đã được dùng", StringComparison.Ordinal));
        Assert.Contains("Địa chỉ thư điện tử không hợp lệ.", errors);
        Assert.Contains(errors, e => e.StartsWith("Ngày không hợp lệ", StringComparison.Ordinal));
        Assert.Equal("Thôn Giữ Lại", result.QuerySelector<IHtmlInputElement>("input[name='Input.Address']")!.Value);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Rename_OldSlugResolvesToNewAndHistoryTellsPastName()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Tên Cũ");
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}");
        var newSlug = Slug("xa-ten-moi");

        var response = await admin.SubmitAsync(page.Form("form.unit-rename"), new()
        {
            ["Rename.Name"] = "Đảng bộ xã Tên Mới",
            ["Rename.ShortName"] = "Đảng ủy xã Tên Mới",
            ["Rename.Slug"] = newSlug,
            ["Rename.EffectiveOn"] = "2025-10-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renamed = await UnitAsync(commune.Id);
        Assert.Equal("Đảng bộ xã Tên Mới", renamed.Name);
        Assert.Equal(newSlug, renamed.Slug);
        Assert.Equal(newSlug, await ResolveAsync(commune.Slug));
        Assert.Equal(newSlug, await ResolveAsync(newSlug));
        Assert.Equal("Đảng bộ xã Tên Cũ", await HistoryAsync(h => h.NameOnAsync(commune.Id, new DateOnly(2025, 9, 30))));
        Assert.Equal("Đảng bộ xã Tên Mới", await HistoryAsync(h => h.NameOnAsync(commune.Id, new DateOnly(2025, 10, 1))));
        Assert.Null(await HistoryAsync(h => h.NameOnAsync(commune.Id, new DateOnly(2025, 6, 30))));

        var history = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}/lich-su?ngay=15/08/2025");
        Assert.Equal("Ngày 15/08/2025, đơn vị mang tên Đảng bộ xã Tên Cũ, trực thuộc Đảng bộ tỉnh Sơn Hà.", history.QuerySelector(".unit-state-on")!.TextContent.Trim());
        Assert.Contains("Đổi tên", history.QuerySelector(".unit-history")!.TextContent);
    }

    [Fact]
    public async Task Rename_SlugOfAnotherUnitOrFutureDate_RefusedWithMessagesAndNothingChanged()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Không Đổi");
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}");

        var response = await admin.SubmitAsync(page.Form("form.unit-rename"), new()
        {
            ["Rename.Name"] = "Đảng bộ xã Đổi Trùng",
            ["Rename.Slug"] = "phuong-an-phu",
            ["Rename.EffectiveOn"] = "2999-01-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, $"/quan-tri/to-chuc/{commune.Id}");
        Assert.Contains(result.Errors(), e => e.Contains("đã được dùng", StringComparison.Ordinal));
        Assert.Contains("Ngày hiệu lực không được sau ngày hôm nay.", result.Errors());
        Assert.Equal("Đảng bộ xã Đổi Trùng", result.QuerySelector<IHtmlInputElement>("input[name='Rename.Name']")!.Value);
        Assert.Equal("Đảng bộ xã Không Đổi", (await UnitAsync(commune.Id)).Name);
        Assert.Empty(await factory.WithDbAsync(db => db.UnitVersions.Where(v => v.UnitId == commune.Id).ToListAsync()));
    }

    [Fact]
    public async Task Move_UnderAnotherCommune_RewritesSubtreePathsAndRecordsHistory()
    {
        var from = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Nơi Đi");
        var to = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Nơi Đến");
        var cell = await CreateUnitAsync(from.Slug, "Chi bộ thôn Chuyển", UnitKind.PartyCell);
        var group = await CreateUnitAsync(cell.Slug, "Tổ đảng số 1", UnitKind.PartyGroup);
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/{cell.Id}/chuyen?q=" + Uri.EscapeDataString("Nơi Đến"));

        var response = await admin.SubmitAsync(page.Form("form.unit-move"), new()
        {
            ["ParentId"] = Id(to.Id),
            ["EffectiveOn"] = "2025-12-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(to.Id, (await UnitAsync(cell.Id)).ParentId);
        Assert.Equal($"{to.Path}{cell.Id}/", (await UnitAsync(cell.Id)).Path);
        Assert.Equal($"{to.Path}{cell.Id}/{group.Id}/", (await UnitAsync(group.Id)).Path);
        Assert.Equal(from.Id, await HistoryAsync(h => h.ParentOnAsync(cell.Id, new DateOnly(2025, 11, 30))));
        Assert.Equal(to.Id, await HistoryAsync(h => h.ParentOnAsync(cell.Id, new DateOnly(2025, 12, 1))));
    }

    [Fact]
    public async Task Move_IntoItsOwnSubtree_RefusedAndNothingMoves()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Vòng Lặp");
        var cell = await CreateUnitAsync(commune.Slug, "Chi bộ thôn Vòng", UnitKind.PartyCell);
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}/chuyen");

        var response = await admin.SubmitAsync(page.Form("form.unit-move"), new() { ["ParentId"] = Id(cell.Id) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, $"/quan-tri/to-chuc/{commune.Id}/chuyen");
        Assert.Contains("Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.", result.Errors());
        Assert.Equal(commune.Path, (await UnitAsync(commune.Id)).Path);
        Assert.Equal(commune.ParentId, (await UnitAsync(commune.Id)).ParentId);
    }

    [Fact]
    public async Task Close_LeafUnit_LeavesCurrentListsAndStructurePageKeepsHistory()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Giải Thể");
        var cell = await CreateUnitAsync(commune.Slug, "Chi bộ thôn Còn", UnitKind.PartyCell);
        using var admin = await WebSession.SignedInAsync(factory, "quantri");

        // A unit with an operating sub-unit cannot be closed.
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}");
        var refused = await admin.SubmitAsync(page.Form("form.unit-close"), []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains((await WebSession.ParseAsync(refused, "/")).Errors(), e => e.Contains("đơn vị trực thuộc đang hoạt động", StringComparison.Ordinal));
        Assert.Null((await UnitAsync(commune.Id)).ValidTo);

        var cellPage = await admin.GetPageAsync($"/quan-tri/to-chuc/{cell.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(cellPage.Form("form.unit-close"), [])).StatusCode);
        page = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page.Form("form.unit-close"), [])).StatusCode);

        var today = await HistoryAsync(h => Task.FromResult(h.Today));
        Assert.Equal(today.AddDays(-1), (await UnitAsync(commune.Id)).ValidTo);
        var province = await factory.WithDbAsync(db => db.Units.Where(u => u.Slug == "tinh-uy-son-ha").Select(u => u.Id).SingleAsync());
        Assert.DoesNotContain("Đảng bộ xã Giải Thể", await AllPagesTextAsync(admin, $"/quan-tri/to-chuc?cha={province}"));
        Assert.Contains("Đảng bộ xã Giải Thể", await AllPagesTextAsync(admin, $"/quan-tri/to-chuc?cha={province}&dong=true"));
        using var reader = factory.CreateClient();
        Assert.DoesNotContain("Đảng bộ xã Giải Thể", await AllStructurePagesTextAsync(reader));
        Assert.Equal("Đảng bộ xã Giải Thể", await HistoryAsync(h => h.NameOnAsync(commune.Id, today.AddDays(-1))));
        Assert.Null(await HistoryAsync(h => h.NameOnAsync(commune.Id, today)));
    }

    [Fact]
    public async Task Merge_SurvivorOwnsContentMembersAndStaff_OldSlugsLeadToSurvivor()
    {
        var survivor = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Tiếp Nhận");
        var merged = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Sáp Nhập");
        var cell = await CreateUnitAsync(merged.Slug, "Chi bộ thôn Theo Về", UnitKind.PartyCell);
        var survivorPortal = await CreatePortalAsync(survivor);
        var mergedPortal = await CreatePortalAsync(merged);
        var sharedNews = await CreateCategoryAsync(survivorPortal, "tin-tuc");
        var mergedNews = await CreateCategoryAsync(mergedPortal, "tin-tuc");
        var mergedOwn = await CreateCategoryAsync(mergedPortal, "rieng-" + merged.Slug[^6..]);
        await CreateArticleAsync(survivorPortal, sharedNews, "bai-chung");
        var clashing = await CreateArticleAsync(mergedPortal, mergedNews, "bai-chung");
        var own = await CreateArticleAsync(mergedPortal, mergedOwn, Slug("bai-rieng"));
        var (member, _) = await CreateAccountAsync(merged.Id, StaffRole.Editor);
        await factory.WithDbAsync(async db =>
        {
            db.UnitRoles.Add(new UnitRoleAssignment { UserId = member, UnitId = survivor.Id, Role = StaffRole.Editor });
            db.UnitRoles.Add(new UnitRoleAssignment { UserId = member, UnitId = merged.Id, Role = StaffRole.Contributor });
            await db.SaveChangesAsync();
        });
        // An earlier rename of the merged unit: its first slug must lead to the survivor too (a chain).
        var firstSlug = merged.Slug;
        var secondSlug = Slug("xa-sap-nhap-moi");
        await WithServiceAsync<UnitAdministration>(async (units, db) =>
            await units.RenameAsync(await db.Units.SingleAsync(u => u.Id == merged.Id), new RenameInput { Name = "Đảng bộ xã Sáp Nhập Mới", Slug = secondSlug, EffectiveOn = "2025-08-01" }, UnitActor.System));

        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/{survivor.Id}/hop-nhat?q=" + Uri.EscapeDataString("Sáp Nhập Mới"));
        var response = await admin.SubmitAsync(page.Form("form.unit-merge"), new()
        {
            ["MergedIds"] = new[] { Id(merged.Id) },
            ["EffectiveOn"] = "2025-09-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await UnitAsync(merged.Id);
        Assert.Equal(new DateOnly(2025, 8, 31), after.ValidTo);
        Assert.Equal(survivor.Id, after.MergedIntoId);
        // Content: both articles on the survivor's portal; the clashing slug renamed; the same-slug category replaced by the survivor's.
        var articles = await factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Id == clashing.Id || a.Id == own.Id).ToListAsync());
        Assert.All(articles, a => Assert.Equal(survivorPortal.Id, a.PortalId));
        var movedClash = articles.Single(a => a.Id == clashing.Id);
        Assert.Equal(sharedNews.Id, movedClash.CategoryId);
        Assert.Equal($"bai-chung-{secondSlug}", movedClash.Slug);
        Assert.Equal(own.Slug, articles.Single(a => a.Id == own.Id).Slug);
        Assert.Equal(survivorPortal.Id, (await factory.WithDbAsync(db => db.Categories.AsNoTracking().SingleAsync(c => c.Id == mergedOwn.Id))).PortalId);
        Assert.False(await factory.WithDbAsync(db => db.Portals.AnyAsync(p => p.Id == mergedPortal.Id)));
        // Members and staff.
        Assert.Equal(survivor.Id, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == member).Select(u => u.UnitId).SingleAsync()));
        var roles = await factory.WithDbAsync(db => db.UnitRoles.Where(r => r.UserId == member).Select(r => new { r.UnitId, r.Role }).ToListAsync());
        Assert.Equal(2, roles.Count);
        Assert.All(roles, r => Assert.Equal(survivor.Id, r.UnitId));
        // Sub-units.
        Assert.Equal($"{survivor.Path}{cell.Id}/", (await UnitAsync(cell.Id)).Path);
        // Old addresses.
        Assert.Equal(survivor.Slug, await ResolveAsync(firstSlug));
        Assert.Equal(survivor.Slug, await ResolveAsync(secondSlug));
        Assert.Null(await ResolveAsync(Slug("khong-co")));
        // History.
        Assert.Equal("Đảng bộ xã Sáp Nhập Mới", await HistoryAsync(h => h.NameOnAsync(merged.Id, new DateOnly(2025, 8, 31))));
        var state = await HistoryAsync(h => h.StateOnAsync(merged.Id, new DateOnly(2025, 9, 1)));
        Assert.False(state!.Operating);
        Assert.Equal("Đảng bộ xã Tiếp Nhận", state.MergedIntoName);
    }

    [Fact]
    public async Task Merge_AncestorIntoItsDescendant_RefusedAndNothingChanges()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Cấp Trên");
        var cell = await CreateUnitAsync(commune.Slug, "Chi bộ thôn Cấp Dưới", UnitKind.PartyCell);
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/{cell.Id}/hop-nhat?q=" + Uri.EscapeDataString("Cấp Trên"));

        var response = await admin.SubmitAsync(page.Form("form.unit-merge"), new() { ["MergedIds"] = new[] { Id(commune.Id) } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await WebSession.ParseAsync(response, "/")).Errors(), e => e.Contains("vào đơn vị cấp dưới của nó", StringComparison.Ordinal));
        Assert.Null((await UnitAsync(commune.Id)).ValidTo);
        Assert.Null((await UnitAsync(commune.Id)).MergedIntoId);
        Assert.Empty(await factory.WithDbAsync(db => db.UnitVersions.Where(v => v.UnitId == commune.Id || v.UnitId == cell.Id).ToListAsync()));
    }

    [Fact]
    public async Task Authorisation_CommuneAdministrator_ManagesOwnSubtreeOnly()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Tự Quản");
        var other = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Láng Giềng");
        var cell = await CreateUnitAsync(commune.Slug, "Chi bộ thôn Tự Quản", UnitKind.PartyCell);
        var province = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Slug == "tinh-uy-son-ha"));
        var (_, userName) = await CreateAccountAsync(commune.Id, StaffRole.Administrator);
        using var admin = await WebSession.SignedInAsync(factory, userName);

        var index = await admin.GetPageAsync("/quan-tri/to-chuc");
        Assert.Equal(["Đảng bộ xã Tự Quản"], index.QuerySelectorAll(".unit-list .cell-title").Select(c => c.TextContent.Trim()));
        var own = await admin.GetPageAsync($"/quan-tri/to-chuc/{cell.Id}");
        AssertRefused(await admin.GetAsync($"/quan-tri/to-chuc/{other.Id}"));
        AssertRefused(await admin.GetAsync($"/quan-tri/to-chuc/{province.Id}"));
        AssertRefused(await admin.GetAsync($"/quan-tri/to-chuc/them?cha={other.Id}"));

        // Posting to another unit's address with a valid token is refused on the server.
        var rename = await admin.SubmitAsync(Retarget(own.Form("form.unit-rename"), $"/quan-tri/to-chuc/{other.Id}?handler=Rename"),
            new() { ["Rename.Name"] = "Đảng bộ xã Bị Đổi" });
        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.Equal("Đảng bộ xã Láng Giềng", (await UnitAsync(other.Id)).Name);
        // Nor can a unit of theirs be handed to a unit outside their subtree.
        var movePage = await admin.GetPageAsync($"/quan-tri/to-chuc/{cell.Id}/chuyen");
        var move = await admin.SubmitAsync(movePage.Form("form.unit-move"), new() { ["ParentId"] = Id(other.Id) });
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        Assert.Equal(commune.Id, (await UnitAsync(cell.Id)).ParentId);
        // Merging a neighbour into their own unit is refused as well.
        var mergePage = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}/hop-nhat");
        var merge = await admin.SubmitAsync(mergePage.Form("form.unit-merge"), new() { ["MergedIds"] = new[] { Id(other.Id) } });
        Assert.Equal(HttpStatusCode.Forbidden, merge.StatusCode);
        Assert.Null((await UnitAsync(other.Id)).ValidTo);

        // Inside their subtree they can work.
        own = await admin.GetPageAsync($"/quan-tri/to-chuc/{cell.Id}");
        var ok = await admin.SubmitAsync(own.Form("form.unit-rename"), new() { ["Rename.Name"] = "Chi bộ thôn Tự Quản Mới", ["Rename.Slug"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Theory]
    [InlineData("bientap")]
    [InlineData("truongbbt")]
    public async Task Authorisation_NonAdministrator_CannotReachPagesNorPostHandlers(string userName)
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Không Quyền");
        using var person = await WebSession.SignedInAsync(factory, userName);

        AssertRefused(await person.GetAsync("/quan-tri/to-chuc"));
        AssertRefused(await person.GetAsync($"/quan-tri/to-chuc/{commune.Id}"));
        var dashboard = await person.GetPageAsync("/quan-tri");
        var anyForm = dashboard.QuerySelectorAll<IHtmlFormElement>("form[method='post']").First();
        var response = await person.SubmitAsync(Retarget(anyForm, $"/quan-tri/to-chuc/{commune.Id}?handler=Close"), []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await UnitAsync(commune.Id)).ValidTo);
    }

    [Fact]
    public async Task Leaders_AddEditRemove_ShownOnTheUnitPage()
    {
        var commune = await CreateUnitAsync("tinh-uy-son-ha", "Đảng bộ xã Lãnh Đạo");
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}");

        var bad = await admin.SubmitAsync(page.Form("form.leader-add"), new() { ["NewLeader.FullName"] = "", ["NewLeader.Position"] = "Bí thư Đảng ủy xã" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await WebSession.ParseAsync(bad, "/");
        Assert.Contains("Vui lòng nhập họ và tên.", badPage.Errors());
        Assert.Equal("Bí thư Đảng ủy xã", badPage.QuerySelector<IHtmlInputElement>("input[name='NewLeader.Position']")!.Value);

        var added = await admin.SubmitAsync(page.Form("form.leader-add"), new()
        {
            ["NewLeader.FullName"] = "Hoàng Văn Bí",
            ["NewLeader.Position"] = "Bí thư Đảng ủy xã",
            ["NewLeader.Body"] = nameof(CommitteeBody.None),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var leader = await factory.WithDbAsync(db => db.Leaders.AsNoTracking().SingleAsync(l => l.UnitId == commune.Id));
        var edit = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}/lanh-dao/{leader.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(edit.Form("form.leader-edit"), new() { ["Input.Position"] = "Bí thư Đảng ủy, Chủ tịch HĐND xã" })).StatusCode);
        page = await admin.GetPageAsync($"/quan-tri/to-chuc/{commune.Id}");
        Assert.Contains("Bí thư Đảng ủy, Chủ tịch HĐND xã", page.QuerySelector(".leader-list")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page.Form("form[action*='handler=RemoveLeader']"), [])).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Leaders.AnyAsync(l => l.UnitId == commune.Id)));
    }

    [Fact]
    public async Task StructurePage_ManyCommittees_ArePagedAndClosedOnesLeftOut()
    {
        var prefix = "Đảng bộ xã Phân Trang " + Guid.NewGuid().ToString("N")[..4];
        for (var i = 0; i < 30; i++)
        {
            await CreateUnitAsync("tinh-uy-son-ha", $"{prefix} {i:00}", sortOrder: 5000 + i);
        }
        using var reader = factory.CreateClient();

        var first = await reader.GetDocumentAsync("/gioi-thieu/co-cau-to-chuc");
        var cards = first.QuerySelector("#dang-bo-truc-thuoc")!.ParentElement!.QuerySelectorAll(".unit-card");
        Assert.True(cards.Length <= DangBo.Web.Modules.Organisation.Pages.StructureModel.CommitteesPerPage);
        Assert.NotNull(first.QuerySelector("nav.pager a[rel='next']"));
        var all = await AllStructurePagesTextAsync(reader);
        for (var i = 0; i < 30; i++)
        {
            Assert.Contains($"{prefix} {i:00}", all);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/gioi-thieu/co-cau-to-chuc?trang=999")).StatusCode);
    }

    // ---- Arranging and reading ----

    private static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<OrganisationUnit> CreateUnitAsync(string parentSlug, string name, UnitKind kind = UnitKind.CommuneCommittee, int sortOrder = 100) =>
        await factory.WithDbAsync(async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Slug == parentSlug);
            var unit = new OrganisationUnit { Kind = kind, Name = name, Slug = Slug(OrganisationUnit.MakeSlug(name)[..Math.Min(20, OrganisationUnit.MakeSlug(name).Length)].TrimEnd('-')), SortOrder = sortOrder, ValidFrom = Founded };
            unit.PlaceUnder(parent);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            unit.RefreshPath();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            unit.Parent = null;
            return unit;
        });

    private Task<OrganisationUnit> UnitAsync(int id) => factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == id));

    private async Task<Portal> CreatePortalAsync(OrganisationUnit unit) =>
        await factory.WithDbAsync(async db =>
        {
            var portal = new Portal { UnitId = unit.Id, Name = "Cổng thông tin " + unit.Name, Slug = unit.Slug };
            db.Portals.Add(portal);
            await db.SaveChangesAsync();
            return portal;
        });

    private async Task<Category> CreateCategoryAsync(Portal portal, string slug) =>
        await factory.WithDbAsync(async db =>
        {
            var category = new Category { PortalId = portal.Id, Name = "Chuyên mục " + slug, Slug = slug };
            db.Categories.Add(category);
            await db.SaveChangesAsync();
            return category;
        });

    private async Task<Article> CreateArticleAsync(Portal portal, Category category, string slug) =>
        await factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var article = new Article
            {
                PortalId = portal.Id, CategoryId = category.Id, Title = "Tin " + slug, Slug = slug, Lead = "Sapo", BodyHtml = "<p>Nội dung</p>",
                CreatedAt = now, UpdatedAt = now,
            };
            article.Publish(now, now.AddMinutes(-5));
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article;
        });

    private async Task<(string Id, string UserName)> CreateAccountAsync(int unitId, StaffRole role)
    {
        var userName = "dv" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
        var user = new UserAccount { UserName = userName, FullName = "Người thử " + userName, UnitId = unitId };
        Assert.True((await users.CreateAsync(user, DemoSeeder.DemoPassword)).Succeeded);
        db.UnitRoles.Add(new UnitRoleAssignment { UserId = user.Id, UnitId = unitId, Role = role });
        await db.SaveChangesAsync();
        return (user.Id, userName);
    }

    private async Task WithServiceAsync<TService>(Func<TService, DangBo.Web.Infrastructure.Data.DangBoDbContext, Task> action) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>(), scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>());
    }

    private async Task<T> HistoryAsync<T>(Func<UnitHistory, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<UnitHistory>());
    }

    private async Task<string?> ResolveAsync(string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UnitAddresses>().ResolveCurrentSlugAsync(slug);
    }

    /// <summary>A form whose action points elsewhere: the same fields and antiforgery token, posted to another address.</summary>
    private static IHtmlFormElement Retarget(IHtmlFormElement form, string action)
    {
        form.SetAttribute("action", action);
        return form;
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
            || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/quan-tri/khong-co-quyen", StringComparison.Ordinal),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    private static async Task<string> AllPagesTextAsync(WebSession session, string url)
    {
        var text = new System.Text.StringBuilder();
        for (var page = 1; page <= 50; page++)
        {
            var document = await session.GetPageAsync($"{url}&trang={page}");
            text.Append(document.QuerySelector("main")?.TextContent ?? document.Body!.TextContent);
            if (document.QuerySelector("nav.pager a[rel='next']") is null)
            {
                break;
            }
        }
        return text.ToString();
    }

    private static async Task<string> AllStructurePagesTextAsync(HttpClient reader)
    {
        var text = new System.Text.StringBuilder();
        for (var page = 1; page <= 50; page++)
        {
            var document = await reader.GetDocumentAsync(page == 1 ? "/gioi-thieu/co-cau-to-chuc" : $"/gioi-thieu/co-cau-to-chuc?trang={page}");
            text.Append(document.Body!.TextContent);
            if (document.QuerySelector("nav.pager a[rel='next']") is null)
            {
                break;
            }
        }
        return text.ToString();
    }
}

public sealed class UnitAdminTests_Sqlite(SqliteFactory factory) : UnitAdminTests<SqliteFactory>(factory);

public sealed class UnitAdminTests_Postgres(PostgresFactory factory) : UnitAdminTests<PostgresFactory>(factory);

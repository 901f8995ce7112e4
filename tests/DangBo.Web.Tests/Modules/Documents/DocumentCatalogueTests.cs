using System.Net;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DangBo.Web.Tests.Modules.Documents.DocumentTestData;

namespace DangBo.Web.Tests.Modules.Documents;

/// <summary>Staff keep the document types and each committee's terms behind document registration.</summary>
public abstract class DocumentCatalogueTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string TypesUrl = "/quan-tri/van-ban/loai";
    private const string TermsUrl = "/quan-tri/van-ban/nhiem-ky";
    private const string RegisterUrl = "/quan-tri/van-ban/them";

    /// <summary>Refused: a 403, or the redirect to the "no permission" page.</summary>
    private static void AssertRefused(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/quan-tri/khong-co-quyen", response.Headers.Location!.OriginalString);
        }
    }

    private static async Task<IReadOnlyList<string>> TypeOptionsAsync(WebSession session, string url = RegisterUrl)
    {
        var page = await session.GetPageAsync(url);
        return page.QuerySelectorAll("select[name='Input.DocumentTypeId'] option").Select(o => o.TextContent.Trim()).ToList();
    }

    private async Task<DocumentType> AddTypeAsync(string name, string abbreviations) => await factory.WithDbAsync(async db =>
    {
        var type = new DocumentType { Key = "t-" + Guid.NewGuid().ToString("N")[..10], Name = name, Abbreviations = abbreviations, SortOrder = 500 };
        db.DocumentTypes.Add(type);
        await db.SaveChangesAsync();
        return type;
    });

    [Fact]
    public async Task Types_EditorInChiefAddsType_ListedAndOfferedWhenRegistering()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var name = Unique("Tờ trình");
        var form = (await chief.GetPageAsync(TypesUrl + "/them")).Form("#type-form");

        var response = await chief.SubmitAsync(form, new() { ["Input.Name"] = name, ["Input.Abbreviations"] = " TTr ,  TT ", ["Input.SortOrder"] = "30" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await chief.GetPageAsync(TypesUrl);
        var row = Assert.Single(list.QuerySelectorAll(".type-row"), r => r.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Contains("TTr, TT", row.TextContent);
        Assert.Contains("Đang sử dụng", row.TextContent);
        Assert.Contains($"{name} (TTr, TT)", await TypeOptionsAsync(chief));
    }

    [Fact]
    public async Task Types_InvalidInput_VietnameseMessagesTypingKeptNothingSaved()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var before = await factory.WithDbAsync(db => db.DocumentTypes.CountAsync());
        var form = (await chief.GetPageAsync(TypesUrl + "/them")).Form("#type-form");

        var response = await chief.SubmitAsync(form, new() { ["Input.Name"] = "nghị quyết", ["Input.Abbreviations"] = "N-Q", ["Input.SortOrder"] = "abc" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response, TypesUrl + "/them");
        var errors = page.Errors();
        Assert.Contains("Đã có loại văn bản \"nghị quyết\".", errors);
        Assert.Contains(errors, e => e.StartsWith("Chữ viết tắt \"N-Q\" không hợp lệ", StringComparison.Ordinal));
        Assert.Contains("Thứ tự là số từ 0 đến 9999.", errors);
        Assert.Equal("nghị quyết", page.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal("N-Q", page.QuerySelector("input[name='Input.Abbreviations']")!.GetAttribute("value"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.DocumentTypes.CountAsync()));
    }

    [Fact]
    public async Task Types_InUse_DeleteRefusedDeactivateHidesItFromNewDocumentsOnly()
    {
        var type = await AddTypeAsync(Unique("Đề án"), "ĐA");
        var document = await factory.CreateDocumentAsync(Unique("Về đề án thí điểm"), typeKey: type.Key);
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var edit = await chief.GetPageAsync($"{TypesUrl}/{type.Id}");

        var deleted = await chief.SubmitAsync(edit.Form("#delete-form"), []);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var refusal = await WebSession.ParseAsync(deleted, $"{TypesUrl}/{type.Id}");
        Assert.Contains(refusal.Errors(), e => e.StartsWith($"Không thể xóa loại văn bản {type.Name}: đang có 1 văn bản", StringComparison.Ordinal));
        Assert.True(await factory.WithDbAsync(db => db.DocumentTypes.AnyAsync(t => t.Id == type.Id)));

        var deactivated = await chief.SubmitAsync((await chief.GetPageAsync($"{TypesUrl}/{type.Id}")).Form("#active-form"), []);

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.DoesNotContain(await TypeOptionsAsync(chief), o => o.StartsWith(type.Name, StringComparison.Ordinal));
        Assert.Contains(await TypeOptionsAsync(chief, $"/quan-tri/van-ban/{document.Id}"), o => o.StartsWith(type.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Types_UnusedType_IsDeleted()
    {
        var type = await AddTypeAsync(Unique("Thông tri"), "TTri");
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");

        var response = await chief.SubmitAsync((await chief.GetPageAsync($"{TypesUrl}/{type.Id}")).Form("#delete-form"), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.DocumentTypes.AnyAsync(t => t.Id == type.Id)));
    }

    [Fact]
    public async Task Types_Editor_IsRefusedOnEveryHandler()
    {
        var type = await AddTypeAsync(Unique("Quy chế tạm"), "QCT");
        using var editor = await WebSession.SignedInAsync(factory, "bientap");

        AssertRefused(await editor.GetAsync(TypesUrl));
        AssertRefused(await editor.GetAsync($"{TypesUrl}/{type.Id}"));
        // A form the editor may open carries a valid antiforgery token; aimed at the delete handler it must still be refused.
        var form = (await editor.GetPageAsync(RegisterUrl)).Form("#document-form");
        form.SetAttribute("action", $"{TypesUrl}/{type.Id}?handler=Delete");
        form.SetAttribute("enctype", "application/x-www-form-urlencoded");
        AssertRefused(await editor.SubmitAsync(form, []));
        Assert.True(await factory.WithDbAsync(db => db.DocumentTypes.AnyAsync(t => t.Id == type.Id)));
    }

    [Fact]
    public async Task Terms_CommitteesHaveTheirOwnTerms_OverlapWithinOneRefused()
    {
        var commune = await factory.CreateUnitAsync("Đảng ủy xã Nhiệm Kỳ", "ĐU");
        // A commune below the province: kept by the administrator, whose role covers the units below.
        using var chief = await WebSession.SignedInAsync(factory, "quantri");
        async Task<HttpResponseMessage> AddAsync(string name, string start, string? end) =>
            await chief.SubmitAsync((await chief.GetPageAsync(TermsUrl + "/them")).Form("#term-form"), new()
            {
                ["Input.UnitId"] = commune.Id.ToString(), ["Input.Name"] = name, ["Input.StartsOn"] = start, ["Input.EndsOn"] = end,
            });

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync("Nhiệm kỳ 2020 - 2025", "2020-08-01", "2025-07-31")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync("Nhiệm kỳ 2025 - 2030", "2025-08-01", null)).StatusCode);
        var overlap = await AddAsync("Nhiệm kỳ bổ sung", "2024-01-01", "2025-12-31");
        var backwards = await AddAsync("Nhiệm kỳ ngược", "2035-01-01", "2030-01-01");

        var overlapPage = await WebSession.ParseAsync(overlap, TermsUrl + "/them");
        Assert.Contains(overlapPage.Errors(), e => e.StartsWith("Thời gian trùng với Nhiệm kỳ 2020 - 2025", StringComparison.Ordinal));
        Assert.Equal("Nhiệm kỳ bổ sung", overlapPage.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Contains("Ngày kết thúc phải sau ngày bắt đầu.", (await WebSession.ParseAsync(backwards, TermsUrl + "/them")).Errors());
        Assert.Equal(["Nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2025 - 2030"],
            await factory.WithDbAsync(db => db.CommitteeTerms.Where(t => t.UnitId == commune.Id).OrderBy(t => t.StartsOn).Select(t => t.Name).ToListAsync()));
        var listed = (await chief.GetPageAsync(TermsUrl)).QuerySelectorAll(".term-row").Where(r => r.TextContent.Contains(commune.Name, StringComparison.Ordinal));
        Assert.Equal(2, listed.Count());
    }

    [Fact]
    public async Task Terms_DocumentOfACommittee_FallsInThatCommitteesTermNotTheProvinces()
    {
        var commune = await factory.CreateUnitAsync("Đảng ủy xã Đánh Số", "ĐU");
        var board = await factory.CreateUnitAsync("Ban Tuyên giáo xã Đánh Số", "BTG", commune.Slug);
        var province = await factory.UnitIdAsync("tinh-uy-son-ha");
        var (communeTerm, provinceTerm) = await factory.WithDbAsync(async db =>
        {
            var c = new CommitteeTerm { UnitId = commune.Id, Name = "Nhiệm kỳ 2025 - 2030", StartsOn = new DateOnly(2025, 6, 20) };
            var p = await db.CommitteeTerms.FirstOrDefaultAsync(t => t.UnitId == province && t.StartsOn <= new DateOnly(2026, 3, 1) && (t.EndsOn == null || t.EndsOn >= new DateOnly(2026, 3, 1)));
            if (p is null)
            {
                p = new CommitteeTerm { UnitId = province, Name = "Nhiệm kỳ 2025 - 2030", StartsOn = new DateOnly(2025, 10, 1) };
                db.CommitteeTerms.Add(p);
            }
            db.CommitteeTerms.Add(c);
            await db.SaveChangesAsync();
            return (c.Id, p.Id);
        });

        var ofCommune = await factory.CreateDocumentAsync(Unique("Nghị quyết của xã"), owner: commune.Slug, issued: new DateOnly(2026, 3, 1));
        var ofBoard = await factory.CreateDocumentAsync(Unique("Hướng dẫn của ban"), owner: board.Slug, issued: new DateOnly(2026, 3, 1));
        var ofProvince = await factory.CreateDocumentAsync(Unique("Nghị quyết của tỉnh"), issued: new DateOnly(2026, 3, 1));

        Assert.Equal(communeTerm, ofCommune.CommitteeTermId);
        Assert.Equal(communeTerm, ofBoard.CommitteeTermId);
        Assert.Equal(provinceTerm, ofProvince.CommitteeTermId);
    }

    [Fact]
    public async Task Terms_InUse_DeleteRefusedThenDeactivated()
    {
        var commune = await factory.CreateUnitAsync("Đảng ủy xã Lưu Trữ", "ĐU");
        var termId = await factory.WithDbAsync(async db =>
        {
            var t = new CommitteeTerm { UnitId = commune.Id, Name = "Nhiệm kỳ 2020 - 2025", StartsOn = new DateOnly(2020, 8, 1), EndsOn = new DateOnly(2025, 7, 31) };
            db.CommitteeTerms.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
        await factory.CreateDocumentAsync(Unique("Nghị quyết cũ"), owner: commune.Slug, issued: new DateOnly(2022, 5, 5));
        using var chief = await WebSession.SignedInAsync(factory, "quantri");

        var deleted = await chief.SubmitAsync((await chief.GetPageAsync($"{TermsUrl}/{termId}")).Form("#delete-form"), []);

        Assert.Contains((await WebSession.ParseAsync(deleted, TermsUrl)).Errors(),
            e => e.StartsWith("Không thể xóa Nhiệm kỳ 2020 - 2025: đang có 1 văn bản", StringComparison.Ordinal));
        await chief.SubmitAsync((await chief.GetPageAsync($"{TermsUrl}/{termId}")).Form("#active-form"), []);
        Assert.False(await factory.WithDbAsync(db => db.CommitteeTerms.Where(t => t.Id == termId).Select(t => t.IsActive).SingleAsync()));
        var options = (await chief.GetPageAsync(RegisterUrl)).QuerySelectorAll("select[name='Input.CommitteeTermId'] option").Select(o => o.TextContent);
        Assert.DoesNotContain(options, o => o.Contains(commune.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Terms_EditorInChiefOfACommune_CannotTouchTheProvincesTerms()
    {
        var commune = await factory.CreateUnitAsync("Đảng ủy xã Phân Quyền", "ĐU");
        var province = await factory.UnitIdAsync("tinh-uy-son-ha");
        var userName = "tbbt" + Guid.NewGuid().ToString("N")[..8];
        var provinceTerm = await factory.WithDbAsync(async db =>
        {
            var t = new CommitteeTerm { UnitId = province, Name = Unique("Nhiệm kỳ thử"), StartsOn = new DateOnly(1990, 1, 1), EndsOn = new DateOnly(1990, 12, 31) };
            db.CommitteeTerms.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = new UserAccount { UserName = userName, FullName = "Trưởng ban biên tập xã", UnitId = commune.Id };
            Assert.True((await users.CreateAsync(user, DemoSeeder.DemoPassword)).Succeeded);
            db.UnitRoles.Add(new UnitRoleAssignment { UserId = user.Id, UnitId = commune.Id, Role = StaffRole.EditorInChief });
            await db.SaveChangesAsync();
        }
        using var communeChief = await WebSession.SignedInAsync(factory, userName);

        AssertRefused(await communeChief.GetAsync($"{TermsUrl}/{provinceTerm}"));
        var create = await communeChief.GetPageAsync(TermsUrl + "/them");
        Assert.Equal([commune.Id.ToString()], create.QuerySelectorAll("select[name='Input.UnitId'] option").Select(o => o.GetAttribute("value")));
        var forProvince = await communeChief.SubmitAsync(create.Form("#term-form"), new()
        {
            ["Input.UnitId"] = province.ToString(), ["Input.Name"] = "Nhiệm kỳ lạ", ["Input.StartsOn"] = "1991-01-01",
        });
        AssertRefused(forProvince);
        AssertRefused(await communeChief.GetAsync(TypesUrl));
        Assert.False(await factory.WithDbAsync(db => db.CommitteeTerms.AnyAsync(t => t.Name == "Nhiệm kỳ lạ")));
        Assert.Equal(HttpStatusCode.Redirect, (await communeChief.SubmitAsync((await communeChief.GetPageAsync(TermsUrl + "/them")).Form("#term-form"), new()
        {
            ["Input.UnitId"] = commune.Id.ToString(), ["Input.Name"] = "Nhiệm kỳ 2025 - 2030", ["Input.StartsOn"] = "2025-07-01",
        })).StatusCode);
    }
}

public sealed class DocumentCatalogueTests_Sqlite(SqliteFactory f) : DocumentCatalogueTests<SqliteFactory>(f);

public sealed class DocumentCatalogueTests_Postgres(PostgresFactory f) : DocumentCatalogueTests<PostgresFactory>(f);

using System.Diagnostics;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Media.Services;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Demo;

/// <summary>
/// Loads the fictional province of Sơn Hà into an empty database: organisation tree with leaders, the
/// provincial portal with categories, special topics, introduction pages, menu and home-page blocks,
/// demo accounts for each role, and the demo articles (imported through <see cref="ArticleImporter"/>, the path
/// any import file takes) with generated cover images and leader portraits, and the editorial board at work
/// (<see cref="DemoWorkflow"/>): articles at every step of the process, a royalty scale and a month of royalties.
/// </summary>
public sealed class DemoSeeder(
    DangBoDbContext db, UserManager<UserAccount> users, ArticleImporter importer, ArticleEditor editor, MediaStore media, DemoDocuments documents, TimeProvider clock, ILogger<DemoSeeder> logger)
    : IDatabaseSeeder
{
    public const string DemoPassword = "DangBo@2026";

    public static readonly (string UserName, string FullName, StaffRole Role)[] DemoAccounts =
    [
        ("quantri", "Nguyễn Quản Trị", StaffRole.Administrator),
        ("truongbbt", "Trần Thị Biên Tập", StaffRole.EditorInChief),
        ("phobbt", "Đỗ Minh Phó", StaffRole.DeputyEditorInChief),
        ("thuky", "Vũ Thị Thư", StaffRole.ManagingEditor),
        ("bientap", "Lê Văn Biên", StaffRole.Editor),
        ("congtacvien", "Phạm Cộng Tác", StaffRole.Contributor),
    ];

    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.Portals.AnyAsync(ct))
        {
            return;
        }
        logger.LogInformation("Empty database: loading the demo province.");
        await SeedAsync(ct);
    }

    /// <summary>Loads the whole demo in one transaction: a failure leaves the database empty, so the next start tries again.</summary>
    public async Task<DemoSeedSummary> SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var started = Stopwatch.GetTimestamp();
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

        var (province, leaders) = await SeedOrganisationAsync(ct);
        var portal = await SeedPortalAsync(province, now, ct);
        var images = await DemoImages.StoreAsync(media, portal.Id, ct);
        foreach (var leader in leaders)
        {
            leader.PhotoPath = images.Portrait(leader.Body);
        }
        foreach (var topic in await db.Topics.Where(t => t.PortalId == portal.Id).ToListAsync(ct))
        {
            topic.CoverImagePath = images.TopicCover(topic.Slug);
        }
        await db.SaveChangesAsync(ct);
        // Everything so far is saved; untracking it spares each import line's saves a scan of the whole seed.
        db.ChangeTracker.Clear();
        var articles = await SeedArticlesAsync(portal, images, ct);
        await SeedAccountsAsync(province, now);
        articles += await new DemoSubPortals(db, importer, users).SeedAsync(images, _demoPasswordHash!, now, ct);
        var documentCount = await documents.SeedAsync(portal.Id, now, ct);
        await new DemoWorkflow(db, editor).SeedAsync(portal, images, now, ct);

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        logger.LogInformation("Demo province loaded in {Milliseconds} ms: portal {Portal}, {Articles} articles, {Documents} documents.",
            (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds, portal.Name, articles, documentCount);
        return new DemoSeedSummary(articles, leaders.Count, DemoAccounts.Length);
    }

    /// <summary>The demo articles, stored in the import format and imported like any file.</summary>
    private async Task<int> SeedArticlesAsync(Portal portal, DemoImages images, CancellationToken ct)
    {
        var assembly = typeof(DemoSeeder).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Demo.Data.articles.jsonl", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var result = await importer.ImportAsync(portal.Id, reader,
            line => line.CoverImageUrl is null ? line with { CoverImageUrl = images.NextCategoryCover(line.Category) } : line, ct);
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException("Demo articles do not import: " + string.Join(" | ", result.Errors));
        }
        return result.Imported;
    }

    private async Task<(OrganisationUnit Province, List<Leader> Leaders)> SeedOrganisationAsync(CancellationToken ct)
    {
        var province = Unit(null, UnitKind.ProvincialCommittee, "Đảng bộ tỉnh Sơn Hà", "Tỉnh ủy Sơn Hà", "TU", "tinh-uy-son-ha", 0);
        province.Address = "Số 1 đường Trần Hưng Đạo, phường Sơn Hà, tỉnh Sơn Hà";
        province.Phone = "0203 3825 001";
        province.Email = "vanphong@sonha.dcs.vn";
        province.ValidFrom = new DateOnly(2025, 7, 1);
        province.DescriptionHtml = "<p>Tỉnh ủy Sơn Hà là cơ quan lãnh đạo của Đảng bộ tỉnh giữa hai kỳ đại hội; lãnh đạo toàn diện các lĩnh vực chính trị, kinh tế, văn hóa, xã hội, quốc phòng, an ninh trên địa bàn tỉnh.</p>";
        db.Units.Add(province);
        await db.SaveChangesAsync(ct);
        province.RefreshPath();

        OrganisationUnit[] boards =
        [
            Unit(province, UnitKind.AdvisoryBoard, "Văn phòng Tỉnh ủy", "Văn phòng", "VPTU", "van-phong-tinh-uy", 1),
            Unit(province, UnitKind.AdvisoryBoard, "Ban Tổ chức Tỉnh ủy", "Ban Tổ chức", "BTCTU", "ban-to-chuc-tinh-uy", 2),
            Unit(province, UnitKind.AdvisoryBoard, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận", "BTGDVTU", "ban-tuyen-giao-va-dan-van-tinh-uy", 3),
            Unit(province, UnitKind.AdvisoryBoard, "Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra", "UBKTTU", "uy-ban-kiem-tra-tinh-uy", 4),
        ];
        boards[0].DescriptionHtml = "<p>Cơ quan tham mưu, giúp việc Tỉnh ủy, Ban Thường vụ, Thường trực Tỉnh ủy trong tổ chức, điều hành công việc lãnh đạo; là trung tâm thông tin tổng hợp của Tỉnh ủy.</p>";
        boards[1].DescriptionHtml = "<p>Tham mưu về tổ chức bộ máy, cán bộ, đảng viên và bảo vệ chính trị nội bộ của Đảng bộ tỉnh.</p>";
        boards[2].DescriptionHtml = "<p>Tham mưu về công tác tuyên truyền, giáo dục lý luận chính trị, báo chí, xuất bản, văn hóa, văn nghệ và công tác dân vận; cơ quan thường trực Ban biên tập Cổng thông tin điện tử Đảng bộ tỉnh.</p>";
        boards[3].DescriptionHtml = "<p>Giúp Tỉnh ủy kiểm tra, giám sát việc chấp hành Cương lĩnh, Điều lệ, nghị quyết của Đảng; thi hành kỷ luật đảng.</p>";

        var minhSon = Unit(province, UnitKind.CommuneCommittee, "Đảng bộ xã Minh Sơn", "Đảng ủy xã Minh Sơn", "ĐU", "xa-minh-son", 10);
        var anPhu = Unit(province, UnitKind.WardCommittee, "Đảng bộ phường An Phú", "Đảng ủy phường An Phú", "ĐU", "phuong-an-phu", 11);
        var hongLinh = Unit(province, UnitKind.CommuneCommittee, "Đảng bộ xã Hồng Lĩnh", "Đảng ủy xã Hồng Lĩnh", "ĐU", "xa-hong-linh", 12);
        var agencies = Unit(province, UnitKind.DirectlyAffiliatedCommittee, "Đảng bộ các cơ quan Đảng tỉnh", "Đảng ủy các cơ quan Đảng tỉnh", "ĐU", "dang-bo-cac-co-quan-dang-tinh", 13);
        minhSon.Address = "Thôn Đông Hưng, xã Minh Sơn, tỉnh Sơn Hà";
        anPhu.Address = "Số 25 đường Lê Lợi, phường An Phú, tỉnh Sơn Hà";
        hongLinh.Address = "Thôn Trung Hòa, xã Hồng Lĩnh, tỉnh Sơn Hà";
        db.Units.AddRange(boards);
        db.Units.AddRange(minhSon, anPhu, hongLinh, agencies);
        await db.SaveChangesAsync(ct);

        OrganisationUnit[] cells =
        [
            Unit(minhSon, UnitKind.PartyCell, "Chi bộ thôn Đông Hưng", "Chi bộ Đông Hưng", "CB", "chi-bo-thon-dong-hung", 1),
            Unit(minhSon, UnitKind.PartyCell, "Chi bộ thôn Tây Hưng", "Chi bộ Tây Hưng", "CB", "chi-bo-thon-tay-hung", 2),
            Unit(minhSon, UnitKind.PartyCell, "Chi bộ Trường THCS Minh Sơn", "Chi bộ THCS Minh Sơn", "CB", "chi-bo-truong-thcs-minh-son", 3),
            Unit(anPhu, UnitKind.PartyCell, "Chi bộ khu phố 1", "Chi bộ khu phố 1", "CB", "chi-bo-khu-pho-1-an-phu", 1),
            Unit(anPhu, UnitKind.PartyCell, "Chi bộ khu phố 2", "Chi bộ khu phố 2", "CB", "chi-bo-khu-pho-2-an-phu", 2),
            Unit(hongLinh, UnitKind.PartyCell, "Chi bộ thôn Trung Hòa", "Chi bộ Trung Hòa", "CB", "chi-bo-thon-trung-hoa", 1),
            Unit(agencies, UnitKind.PartyCell, "Chi bộ Văn phòng Tỉnh ủy", "Chi bộ Văn phòng", "CB", "chi-bo-van-phong-tinh-uy", 1),
        ];
        db.Units.AddRange(cells);
        await db.SaveChangesAsync(ct);
        foreach (var unit in boards.Concat([minhSon, anPhu, hongLinh, agencies]).Concat(cells))
        {
            unit.RefreshPath();
        }
        await db.SaveChangesAsync(ct);

        var leaders = DemoLeaders.For(province, boards, minhSon, anPhu, hongLinh, agencies, cells).ToList();
        db.Leaders.AddRange(leaders);
        await db.SaveChangesAsync(ct);
        return (province, leaders);
    }

    private static OrganisationUnit Unit(OrganisationUnit? parent, UnitKind kind, string name, string shortName, string abbreviation, string slug, int order)
    {
        var unit = new OrganisationUnit { Kind = kind, Name = name, ShortName = shortName, Abbreviation = abbreviation, Slug = slug, SortOrder = order, ValidFrom = new DateOnly(2025, 7, 1) };
        unit.PlaceUnder(parent);
        return unit;
    }

    private async Task<Portal> SeedPortalAsync(OrganisationUnit province, DateTime now, CancellationToken ct)
    {
        var portal = new Portal
        {
            UnitId = province.Id,
            Name = "Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà",
            Tagline = "Cơ quan của Đảng bộ tỉnh Sơn Hà",
            IsRoot = true,
            // The whole process: editor, managing editor, editor-in-chief.
            ReviewSteps = 3,
            Slug = "",
            ResponsibleUnit = "Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Hà",
            ResponsiblePerson = "Đồng chí Hoàng Minh Tuấn, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Trưởng Ban biên tập",
            Address = "Số 1 đường Trần Hưng Đạo, phường Sơn Hà, tỉnh Sơn Hà",
            Phone = "0203 3825 168",
            Email = "bbt@sonha.dcs.vn",
            LicenceNote = "Giấy phép số 68/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Hà cấp ngày 15/08/2025 (dữ liệu minh họa).",
        };
        db.Portals.Add(portal);
        await db.SaveChangesAsync(ct);

        var categories = DemoCategories.All.Select((c, i) => new Category
        {
            PortalId = portal.Id, Name = c.Name, Slug = c.Slug, Description = c.Description, SortOrder = i + 1, IsMain = c.IsMain,
        }).ToList();
        db.Categories.AddRange(categories);
        var topics = DemoCategories.Topics.Select((t, i) => new Topic
        {
            PortalId = portal.Id, Name = t.Name, Slug = t.Slug, Description = t.Description, SortOrder = i + 1,
        }).ToList();
        db.Topics.AddRange(topics);
        db.StaticPages.AddRange(DemoPages.All.Select((p, i) => new StaticPage
        {
            PortalId = portal.Id, Title = p.Title, Slug = p.Slug, BodyHtml = p.BodyHtml, SortOrder = i + 1, UpdatedAt = now,
        }));
        await db.SaveChangesAsync(ct);

        var introduction = new MenuItem { PortalId = portal.Id, Title = "Giới thiệu", Url = "/gioi-thieu", SortOrder = 2 };
        db.MenuItems.Add(new MenuItem { PortalId = portal.Id, Title = "Trang chủ", Url = "/", SortOrder = 1 });
        db.MenuItems.Add(introduction);
        await db.SaveChangesAsync(ct);
        var order = 1;
        foreach (var page in DemoPages.All)
        {
            db.MenuItems.Add(new MenuItem { PortalId = portal.Id, ParentId = introduction.Id, Title = page.Title, Url = "/gioi-thieu/" + page.Slug, SortOrder = order++ });
        }
        db.MenuItems.Add(new MenuItem { PortalId = portal.Id, ParentId = introduction.Id, Title = "Cơ cấu tổ chức", Url = "/gioi-thieu/co-cau-to-chuc", SortOrder = order });
        order = 3;
        foreach (var category in categories.Where(c => c.IsMain))
        {
            db.MenuItems.Add(new MenuItem { PortalId = portal.Id, Title = category.Name, Url = "/tin-tuc/" + category.Slug, SortOrder = order++ });
        }
        db.MenuItems.Add(new MenuItem { PortalId = portal.Id, Title = "Chuyên đề", Url = "/chuyen-de", SortOrder = order });
        db.MenuItems.Add(new MenuItem { PortalId = portal.Id, Title = "Văn bản", Url = "/van-ban", SortOrder = order + 1 });

        var blockOrder = 1;
        db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Featured, Title = "Tin nổi bật", ItemCount = 5, SortOrder = blockOrder++ });
        db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Latest, Title = "Tin mới", ItemCount = 8, SortOrder = blockOrder++ });
        db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Topics, Title = "Chuyên đề", ItemCount = 4, SortOrder = blockOrder++ });
        foreach (var category in categories.Where(c => c.IsMain))
        {
            db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Category, CategoryId = category.Id, Title = category.Name, ItemCount = 4, SortOrder = blockOrder++ });
        }
        // The province's front page also gathers the news of the portals below it, and what they proposed and it accepted.
        db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Carried, Title = "Tin từ cơ sở", ItemCount = 4, SortOrder = blockOrder++ });
        db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.SubPortals, Title = "Tin các đơn vị", ItemCount = 6, SortOrder = blockOrder++ });
        await db.SaveChangesAsync(ct);
        return portal;
    }

    /// <summary>
    /// Password hashing is slow by design and every demo account has the same published password, so one hash
    /// (salt included) serves them all, computed once per process: the seed runs for every test database.
    /// </summary>
    private static string? _demoPasswordHash;

    private async Task SeedAccountsAsync(OrganisationUnit province, DateTime now)
    {
        foreach (var (userName, fullName, role) in DemoAccounts)
        {
            var user = new UserAccount { UserName = userName, FullName = fullName, UnitId = province.Id, CreatedAt = now, Email = $"{userName}@sonha.dcs.vn", EmailConfirmed = true };
            user.PasswordHash = _demoPasswordHash ??= users.PasswordHasher.HashPassword(user, DemoPassword);
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            db.UnitRoles.Add(new UnitRoleAssignment { UserId = user.Id, UnitId = province.Id, Role = role });
        }
        await db.SaveChangesAsync();
    }
}

public sealed record DemoSeedSummary(int Articles, int Leaders, int Accounts);

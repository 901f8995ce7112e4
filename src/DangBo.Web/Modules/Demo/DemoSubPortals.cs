using System.Text.Json;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Demo;

/// <summary>
/// The portals of three subordinate committees of the demo province (two communes and a ward), each with its own
/// name, categories, menu, home page, editorial staff and articles, so that the tree of portals can be seen at work.
/// </summary>
internal sealed class DemoSubPortals(DangBoDbContext db, ArticleImporter importer, UserManager<UserAccount> users)
{
    private sealed record Site(string UnitSlug, string Name, string Tagline, string Responsible, string Phone, string Email,
        (string Slug, string Name)[] Categories, DemoArticle[] Articles, (string UserName, string FullName, StaffRole Role)[] Staff);

    private sealed record DemoArticle(string Title, string Lead, string Body, string Category, string Author, string PublishedAt, string Cover);

    /// <summary>The demo accounts of the sub-portals' editorial boards (password as every demo account).</summary>
    public static readonly (string UserName, string FullName, string UnitSlug, StaffRole Role)[] Accounts =
        [.. Sites().SelectMany(s => s.Staff.Select(a => (a.UserName, a.FullName, s.UnitSlug, a.Role)))];

    public async Task<int> SeedAsync(DemoImages images, string passwordHash, DateTime now, CancellationToken ct)
    {
        var articles = 0;
        foreach (var site in Sites())
        {
            var unit = await db.Units.SingleAsync(u => u.Slug == site.UnitSlug, ct);
            var portal = new Portal
            {
                UnitId = unit.Id, Name = site.Name, Tagline = site.Tagline, Slug = unit.Slug, ReviewSteps = 1,
                ResponsibleUnit = unit.ShortName ?? unit.Name, ResponsiblePerson = site.Responsible, Address = unit.Address,
                Phone = site.Phone, Email = site.Email,
            };
            db.Portals.Add(portal);
            await db.SaveChangesAsync(ct);

            var categories = site.Categories.Select((c, i) => new Category { PortalId = portal.Id, Name = c.Name, Slug = c.Slug, SortOrder = i + 1, IsMain = true }).ToList();
            db.Categories.AddRange(categories);
            db.MenuItems.Add(new MenuItem { PortalId = portal.Id, Title = "Trang chủ", Url = "/", SortOrder = 1 });
            var order = 2;
            foreach (var category in categories)
            {
                db.MenuItems.Add(new MenuItem { PortalId = portal.Id, Title = category.Name, Url = "/tin-tuc/" + category.Slug, SortOrder = order++ });
            }
            db.MenuItems.Add(new MenuItem { PortalId = portal.Id, Title = "Văn bản", Url = "/van-ban", SortOrder = order });
            await db.SaveChangesAsync(ct);
            db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Featured, Title = "Tin nổi bật", ItemCount = 3, SortOrder = 1 });
            db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Latest, Title = "Tin mới", ItemCount = 8, SortOrder = 2 });
            db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Carried, Title = "Tin từ cấp trên", ItemCount = 4, SortOrder = 3 });
            var blockOrder = 4;
            foreach (var category in categories)
            {
                db.HomeBlocks.Add(new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Category, CategoryId = category.Id, ItemCount = 4, SortOrder = blockOrder++ });
            }
            await db.SaveChangesAsync(ct);

            var lines = string.Join('\n', site.Articles.Select(a => JsonSerializer.Serialize(new
            {
                title = a.Title, lead = a.Lead, bodyHtml = a.Body, category = a.Category, author = a.Author, source = unit.ShortName,
                publishedAt = a.PublishedAt, coverImageUrl = images.NextCategoryCover(a.Cover),
            })));
            var result = await importer.ImportAsync(portal.Id, new StringReader(lines), ct: ct);
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException("Demo sub-portal articles do not import: " + string.Join(" | ", result.Errors));
            }
            articles += result.Imported;

            foreach (var (userName, fullName, role) in site.Staff)
            {
                var user = new UserAccount { UserName = userName, FullName = fullName, UnitId = unit.Id, CreatedAt = now, Email = $"{userName}@sonha.dcs.vn", EmailConfirmed = true, PasswordHash = passwordHash };
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException("Demo account: " + string.Join("; ", created.Errors.Select(e => e.Description)));
                }
                db.UnitRoles.Add(new UnitRoleAssignment { UserId = user.Id, UnitId = unit.Id, Role = role });
            }
            await db.SaveChangesAsync(ct);
        }
        await ShareAsync(now, ct);
        return articles;
    }

    /// <summary>Content already flowing: Minh Sơn's road proposed and accepted upward, one province article pushed to every portal below.</summary>
    private async Task ShareAsync(DateTime now, CancellationToken ct)
    {
        var root = await db.Portals.SingleAsync(p => p.IsRoot, ct);
        var below = await db.Portals.Where(p => !p.IsRoot).Select(p => p.Id).ToListAsync(ct);
        var road = await db.Articles.SingleAsync(a => a.Title.StartsWith("Minh Sơn khánh thành tuyến đường"), ct);
        var proposal = ArticleShare.Propose(road, root.Id, "Công trình có sự đóng góp lớn của nhân dân, đề nghị Ban biên tập đăng trên Cổng tỉnh.", null, now.AddDays(-3));
        proposal.Accept(null, now.AddDays(-2));
        db.ArticleShares.Add(proposal);
        var campaign = await db.Articles.Where(a => a.PortalId == root.Id && a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt).FirstAsync(ct);
        db.ArticleShares.AddRange(below.Select(id => ArticleShare.Push(campaign, id, "Đề nghị các cổng cấp dưới đăng tải.", null, now.AddDays(-1))));
        await db.SaveChangesAsync(ct);
    }

    private static Site[] Sites() =>
    [
        new("xa-minh-son", "Trang thông tin điện tử Đảng bộ xã Minh Sơn", "Đảng bộ xã Minh Sơn, tỉnh Sơn Hà",
            "Đồng chí Nguyễn Văn Hải, Phó Bí thư Thường trực Đảng ủy xã", "0203 3861 120", "dangbo@minhson.sonha.dcs.vn",
            [("tin-tuc-su-kien", "Tin tức - Sự kiện"), ("xay-dung-dang", "Xây dựng Đảng"), ("nong-thon-moi", "Nông thôn mới")],
            [
                new("Đảng bộ xã Minh Sơn sơ kết 6 tháng thực hiện nghị quyết đại hội",
                    "Hội nghị Ban Chấp hành Đảng bộ xã Minh Sơn đánh giá 6 tháng thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 và triển khai nhiệm vụ những tháng cuối năm.",
                    "<p>Sáng 14/10, Ban Chấp hành Đảng bộ xã Minh Sơn tổ chức hội nghị sơ kết 6 tháng thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.</p><p>Tổng giá trị sản xuất trên địa bàn ước đạt 52% kế hoạch năm; thu nhập bình quân đầu người đạt 58 triệu đồng; 100% chi bộ hoàn thành việc xây dựng chương trình hành động thực hiện nghị quyết.</p><p>Hội nghị thống nhất tập trung chỉ đạo thu hoạch vụ mùa, hoàn thành các tiêu chí xã nông thôn mới nâng cao và chuẩn bị tốt công tác phát triển đảng viên mới cuối năm.</p>",
                    "tin-tuc-su-kien", "Trần Thị Lan", "2026-10-14T09:30:00+07:00", "thoi-su"),
                new("Chi bộ thôn Đông Hưng kết nạp hai đảng viên mới",
                    "Chi bộ thôn Đông Hưng, Đảng bộ xã Minh Sơn tổ chức lễ kết nạp đảng viên cho hai quần chúng ưu tú là đoàn viên thanh niên tiêu biểu của thôn.",
                    "<p>Hai đảng viên mới đều là đoàn viên tích cực trong phong trào thanh niên lập nghiệp, tham gia hiệu quả công tác an ninh trật tự và xây dựng đời sống văn hóa ở khu dân cư.</p><p>Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã đề nghị các đảng viên mới không ngừng học tập, rèn luyện, giữ gìn phẩm chất đạo đức, phấn đấu trở thành đảng viên chính thức đúng thời hạn.</p>",
                    "xay-dung-dang", "Lê Văn Tùng", "2026-10-28T15:00:00+07:00", "xay-dung-dang"),
                new("Minh Sơn khánh thành tuyến đường liên thôn Đông Hưng - Tây Hưng",
                    "Tuyến đường bê tông dài 2,4 km nối hai thôn Đông Hưng và Tây Hưng được đưa vào sử dụng, với hơn 30% kinh phí do nhân dân đóng góp.",
                    "<p>Công trình có tổng mức đầu tư 4,8 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và đóng góp của nhân dân; nhiều hộ gia đình tự nguyện hiến đất mở rộng mặt đường.</p><p>Tuyến đường hoàn thành giúp việc đi lại, vận chuyển nông sản thuận lợi hơn, góp phần hoàn thiện tiêu chí giao thông của xã nông thôn mới nâng cao.</p>",
                    "nong-thon-moi", "Trần Thị Lan", "2026-11-05T08:00:00+07:00", "kinh-te"),
                new("Ra mắt mô hình dân vận khéo “Đường hoa thôn Tây Hưng”",
                    "Hội Liên hiệp Phụ nữ xã Minh Sơn phối hợp với Chi bộ thôn Tây Hưng ra mắt mô hình dân vận khéo trồng và chăm sóc đường hoa.",
                    "<p>Hơn 1,2 km đường hoa được các hộ gia đình nhận chăm sóc, tạo cảnh quan xanh, sạch, đẹp ở khu dân cư.</p><p>Mô hình góp phần phát huy vai trò của người dân trong xây dựng nông thôn mới kiểu mẫu.</p>",
                    "nong-thon-moi", "Lê Văn Tùng", "2026-11-12T10:00:00+07:00", "van-hoa-xa-hoi"),
            ],
            [("bbt.minhson", "Nguyễn Thị Minh Sơn", StaffRole.EditorInChief), ("ctv.minhson", "Lê Văn Tùng", StaffRole.Contributor)]),
        new("phuong-an-phu", "Trang thông tin điện tử Đảng bộ phường An Phú", "Đảng bộ phường An Phú, tỉnh Sơn Hà",
            "Đồng chí Phạm Thị Hoa, Phó Bí thư Thường trực Đảng ủy phường", "0203 3822 450", "dangbo@anphu.sonha.dcs.vn",
            [("tin-hoat-dong", "Tin hoạt động"), ("do-thi-van-minh", "Đô thị văn minh")],
            [
                new("Phường An Phú đối thoại với nhân dân về chỉnh trang đô thị",
                    "Đảng ủy, Ủy ban nhân dân phường An Phú tổ chức hội nghị đối thoại với hơn 200 hộ dân về kế hoạch chỉnh trang các tuyến phố chính.",
                    "<p>Tại hội nghị, người dân nêu 18 ý kiến về vỉa hè, chiếu sáng, thoát nước và trật tự đô thị; các ý kiến đều được lãnh đạo phường trả lời trực tiếp.</p><p>Đồng chí Bí thư Đảng ủy phường khẳng định sẽ công khai tiến độ từng hạng mục trên trang thông tin của Đảng bộ phường.</p>",
                    "tin-hoat-dong", "Phạm Quốc Việt", "2026-10-20T14:00:00+07:00", "thoi-su"),
                new("Khu phố 2 An Phú ra mắt tuyến phố văn minh",
                    "Chi bộ khu phố 2 vận động các hộ kinh doanh ký cam kết không lấn chiếm vỉa hè, giữ gìn vệ sinh môi trường.",
                    "<p>100% hộ kinh doanh trên tuyến phố đã ký cam kết; chi bộ phân công đảng viên phụ trách từng nhóm hộ để theo dõi, nhắc nhở.</p>",
                    "do-thi-van-minh", "Phạm Quốc Việt", "2026-11-02T09:00:00+07:00", "van-hoa-xa-hoi"),
                new("Đảng ủy phường An Phú học tập chuyên đề năm 2026",
                    "Hơn 300 cán bộ, đảng viên phường An Phú tham gia hội nghị học tập, quán triệt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026.",
                    "<p>Sau hội nghị, mỗi chi bộ xây dựng kế hoạch, mỗi đảng viên đăng ký nội dung làm theo gắn với nhiệm vụ được giao.</p>",
                    "tin-hoat-dong", "Đỗ Thu Trang", "2026-11-09T08:30:00+07:00", "hoc-tap-va-lam-theo-bac"),
            ],
            [("bbt.anphu", "Phạm Quốc Việt", StaffRole.EditorInChief)]),
        new("xa-hong-linh", "Trang thông tin điện tử Đảng bộ xã Hồng Lĩnh", "Đảng bộ xã Hồng Lĩnh, tỉnh Sơn Hà",
            "Đồng chí Hoàng Văn Đức, Phó Bí thư Đảng ủy xã", "0203 3870 215", "dangbo@honglinh.sonha.dcs.vn",
            [("tin-tuc", "Tin tức"), ("kinh-te-nong-nghiep", "Kinh tế nông nghiệp")],
            [
                new("Hồng Lĩnh thu hoạch 120 ha lúa chất lượng cao",
                    "Vụ mùa năm nay, xã Hồng Lĩnh gieo cấy 120 ha lúa chất lượng cao theo quy trình hữu cơ, năng suất ước đạt 6,2 tấn/ha.",
                    "<p>Các hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp, giá bán cao hơn lúa thường từ 15 đến 20%.</p><p>Đảng ủy xã chỉ đạo các chi bộ vận động hội viên nông dân mở rộng diện tích trong vụ xuân tới.</p>",
                    "kinh-te-nong-nghiep", "Hoàng Thị Mai", "2026-10-25T16:00:00+07:00", "kinh-te"),
                new("Chi bộ thôn Trung Hòa sinh hoạt chuyên đề về chuyển đổi số",
                    "Chi bộ thôn Trung Hòa tổ chức sinh hoạt chuyên đề “Đảng viên đi đầu trong chuyển đổi số ở khu dân cư”.",
                    "<p>Đảng viên được hướng dẫn cài đặt, sử dụng ứng dụng định danh điện tử, thanh toán không dùng tiền mặt và Sổ tay đảng viên điện tử.</p>",
                    "tin-tuc", "Hoàng Thị Mai", "2026-11-10T19:30:00+07:00", "xay-dung-dang"),
            ],
            [("bbt.honglinh", "Hoàng Thị Mai", StaffRole.EditorInChief)]),
    ];
}

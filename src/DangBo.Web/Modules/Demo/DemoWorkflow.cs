using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Editorial.Services;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Demo;

/// <summary>
/// The demo editorial board at work: a royalty scale, articles waiting at every step of the process with their
/// history and revisions, and a month of royalties for the latest published articles.
/// </summary>
internal sealed class DemoWorkflow(DangBoDbContext db, ArticleEditor editor)
{
    private static readonly (RoyaltyContentType Type, string Grade, long Amount)[] Scale =
    [
        (RoyaltyContentType.News, "A", 300_000), (RoyaltyContentType.News, "B", 200_000), (RoyaltyContentType.News, "C", 120_000),
        (RoyaltyContentType.Article, "A", 800_000), (RoyaltyContentType.Article, "B", 500_000),
        (RoyaltyContentType.Photo, "A", 150_000), (RoyaltyContentType.Photo, "B", 100_000),
        (RoyaltyContentType.Commentary, "A", 1_000_000),
    ];

    public async Task SeedAsync(Portal portal, DemoImages images, DateTime now, CancellationToken ct)
    {
        var rates = Scale.Select(s => new RoyaltyRate { PortalId = portal.Id, ContentType = s.Type, Grade = s.Grade, Amount = s.Amount }).ToList();
        db.RoyaltyRates.AddRange(rates);
        var people = await db.Users.Include(u => u.Unit).Where(u => DemoSeeder.DemoAccounts.Select(a => a.UserName).Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, ct);
        WorkflowActor Actor(string userName, StaffRole role) => WorkflowActor.WithRoles(people[userName].Id, people[userName].FullName, [role]);
        var writer = Actor("congtacvien", StaffRole.Contributor);
        var editorActor = Actor("bientap", StaffRole.Editor);
        var managing = Actor("thuky", StaffRole.ManagingEditor);
        var chief = Actor("truongbbt", StaffRole.EditorInChief);
        var steps = portal.ReviewSteps;
        var categories = await db.Categories.Where(c => c.PortalId == portal.Id && c.ParentId == null).OrderBy(c => c.SortOrder)
            .Select(c => new { c.Id, c.Slug }).ToListAsync(ct);

        // One article at each step, oldest first, so the queues and the overdue list have something to show.
        (string Title, Action<Article, DateTime> Moves)[] desk =
        [
            ("Phường Sơn Hà tổ chức ngày hội đại đoàn kết toàn dân tộc", (_, _) => { }),
            ("Huyện đoàn ra quân chiến dịch thanh niên tình nguyện hè", (a, t) =>
            {
                a.Submit(writer, steps, t.AddHours(-30));
                a.ReturnForRevision(editorActor, steps, t.AddHours(-26), "Bổ sung số liệu số đoàn viên tham gia và ảnh minh họa.");
            }),
            ("Xã Minh Sơn hoàn thành 12 km đường giao thông nông thôn", (a, t) => a.Submit(writer, steps, t.AddHours(-40))),
            ("Chi bộ thôn Đông Hưng sinh hoạt chuyên đề về chuyển đổi số", (a, t) =>
            {
                a.Submit(writer, steps, t.AddHours(-20));
                a.StartEdit(editorActor, steps, t.AddHours(-18));
            }),
            ("Ban Tuyên giáo tập huấn nghiệp vụ cho báo cáo viên cơ sở", (a, t) =>
            {
                a.Submit(writer, steps, t.AddHours(-12));
                a.StartEdit(editorActor, steps, t.AddHours(-10));
                a.SendForApproval(editorActor, steps, t.AddHours(-8), "Đã biên tập, rút gọn sapo.");
            }),
            ("Tỉnh Sơn Hà đón nhận Huân chương Lao động hạng Nhất", (a, t) =>
            {
                a.Submit(writer, steps, t.AddHours(-9));
                a.StartEdit(editorActor, steps, t.AddHours(-8));
                a.SendForApproval(editorActor, steps, t.AddHours(-6));
                a.SendForApproval(managing, steps, t.AddHours(-4), "Đề nghị đăng trang nhất.");
            }),
            ("Hội nghị tổng kết công tác xây dựng Đảng năm 2026", (a, t) =>
            {
                a.Submit(writer, steps, t.AddHours(-7));
                a.Schedule(chief, steps, t.AddHours(-2), t.AddDays(1).Date.AddHours(1), "Đăng sáng mai, 8 giờ.");
            }),
            ("Thông báo lịch tiếp công dân tháng trước", (a, t) =>
            {
                a.Approve(chief, steps, t.AddDays(-20));
                a.Unpublish(chief, steps, t.AddDays(-2), "Đã hết thời hạn.");
            }),
        ];
        for (var i = 0; i < desk.Length; i++)
        {
            var (title, moves) = desk[i];
            var category = categories[i % categories.Count];
            var cover = images.NextCategoryCover(category.Slug);
            var article = await editor.CreateAsync(portal.Id, new ArticleInput
            {
                Title = title,
                Lead = "Tin do cộng tác viên gửi ban biên tập.",
                BodyHtml = $"<p>{title}.</p><p>Bản nháp đầu tiên của cộng tác viên.</p>",
                CategoryId = category.Id,
                CoverImagePath = cover,
                Author = people["congtacvien"].FullName,
            }, people["congtacvien"].Id, ct);
            await db.SaveChangesAsync(ct);
            await editor.UpdateAsync(article, new ArticleInput
            {
                Title = title,
                Lead = "Tin do cộng tác viên gửi ban biên tập, đã bổ sung.",
                BodyHtml = $"<p>{title}.</p><p>Bản đã bổ sung thông tin và trích dẫn ý kiến của lãnh đạo địa phương.</p>",
                CategoryId = category.Id,
                CoverImagePath = cover,
                Author = people["congtacvien"].FullName,
            }, article.Version, people["congtacvien"].Id, ct);
            moves(article, now);
        }

        // A month of royalties: the latest published articles, graded by the editor-in-chief, shared among the writers.
        var latest = await db.Articles.Where(a => a.PortalId == portal.Id && a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt).Take(18).ToListAsync(ct);
        string[] writers = ["congtacvien", "bientap", "thuky"];
        for (var i = 0; i < latest.Count; i++)
        {
            var person = people[writers[i % writers.Length]];
            var rate = rates[i % rates.Count];
            db.RoyaltyEntries.Add(new RoyaltyEntry
            {
                PortalId = portal.Id, ArticleId = latest[i].Id, ArticleTitle = latest[i].Title, ContentType = rate.ContentType, Grade = rate.Grade,
                Amount = rate.Amount, AuthorUserId = person.Id, AuthorName = person.FullName, AuthorUnitId = person.UnitId, AuthorUnitName = person.Unit?.Name,
                GradedByUserId = people["truongbbt"].Id, GradedByName = people["truongbbt"].FullName, GradedAt = now.AddDays(-i), Period = RoyaltyPeriod.Of(now),
            });
        }
        await db.SaveChangesAsync(ct);
    }
}

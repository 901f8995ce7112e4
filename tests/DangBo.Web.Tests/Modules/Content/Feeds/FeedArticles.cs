using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Content.Feeds;

/// <summary>Arranges articles straight in the database, each with a slug no other test uses.</summary>
internal static class FeedArticles
{
    public static DateTime Now() => TruncateToSeconds(DateTime.UtcNow);

    public static DateTime TruncateToSeconds(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    public static string UniqueSlug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Creates an article in the root portal; <paramref name="arrange"/> sets fields and publishes (or not).</summary>
    public static Task<Article> CreateAsync(DangBoFactory factory, string categorySlug, Action<Article> arrange, string slugPrefix = "tin") =>
        factory.WithDbAsync(async db =>
        {
            var portal = await db.Portals.SingleAsync(p => p.IsRoot);
            var category = await db.Categories.SingleAsync(c => c.PortalId == portal.Id && c.Slug == categorySlug);
            var slug = UniqueSlug(slugPrefix);
            var now = Now();
            var article = new Article
            {
                PortalId = portal.Id,
                CategoryId = category.Id,
                Title = $"Tin thử nghiệm {slug}: Hội nghị Ban Chấp hành Đảng bộ tỉnh",
                Slug = slug,
                Lead = $"Sáng nay, Tỉnh ủy Sơn Hà tổ chức hội nghị ({slug}).",
                BodyHtml = "<p>Hội nghị đã thảo luận, thống nhất nhiều nội dung quan trọng.</p>",
                CreatedAt = now,
                UpdatedAt = now,
            };
            arrange(article);
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article;
        });

    public static Task<string> CreateCategoryAsync(DangBoFactory factory, string name) =>
        factory.WithDbAsync(async db =>
        {
            var portal = await db.Portals.SingleAsync(p => p.IsRoot);
            var slug = UniqueSlug("cm");
            db.Categories.Add(new Category { PortalId = portal.Id, Name = name, Slug = slug, IsMain = false, SortOrder = 100 });
            await db.SaveChangesAsync();
            return slug;
        });
}

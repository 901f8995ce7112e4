using System.Text;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Demo;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Demo;

/// <summary>What a fresh start shows: the demo province with its articles, images, organisation tree and accounts.</summary>
public abstract class DemoSeederTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task FirstStart_LoadsAtLeastSixtyPublishedArticlesAcrossEveryCategory()
    {
        await factory.WithDbAsync(async db =>
        {
            var portal = await db.Portals.SingleAsync(p => p.IsRoot);
            var articles = await db.Articles.Include(a => a.Category).Include(a => a.Topics)
                .Where(a => a.PortalId == portal.Id && a.Status == ArticleStatus.Published).ToListAsync();
            Assert.True(articles.Count >= 60, $"{articles.Count} published articles");

            var categories = await db.Categories.Where(c => c.PortalId == portal.Id).ToListAsync();
            Assert.Equal(7, categories.Count);
            foreach (var category in categories)
            {
                var count = articles.Count(a => a.CategoryId == category.Id);
                Assert.True(count >= (category.IsMain ? 6 : 5), $"{category.Name}: {count} articles");
            }

            var topicsWithFive = articles.SelectMany(a => a.Topics).GroupBy(t => t.Id).Count(g => g.Count() >= 5);
            Assert.True(topicsWithFive >= 3, $"{topicsWithFive} topics with at least 5 articles");
            Assert.InRange(articles.Count(a => a.IsFeatured), 6, 12);

            var now = DateTime.UtcNow;
            Assert.All(articles, a =>
            {
                Assert.InRange(a.PublishedAt!.Value, new DateTime(2026, 7, 31, 17, 0, 0), new DateTime(2026, 11, 30, 17, 0, 0));
                Assert.True(a.PublishedAt <= now, $"{a.Title} is published in the future");
                Assert.False(string.IsNullOrWhiteSpace(a.Lead));
                Assert.False(string.IsNullOrWhiteSpace(a.Byline));
                Assert.False(string.IsNullOrWhiteSpace(a.Source));
                Assert.False(string.IsNullOrWhiteSpace(a.CoverImageCaption));
                Assert.InRange(CountParagraphs(a.BodyHtml), 3, 6);
                Assert.True(a.Title.IsNormalized(NormalizationForm.FormC) && a.BodyHtml.IsNormalized(NormalizationForm.FormC), a.Title);
            });
        });
    }

    [Fact]
    public async Task FirstStart_CoverImagesAndPortraits_AreRealFilesServedAsImages()
    {
        var paths = await factory.WithDbAsync(async db =>
        {
            var covers = await db.Articles.Select(a => a.CoverImagePath).ToListAsync();
            var portraits = await db.Leaders.Select(l => l.PhotoPath).ToListAsync();
            var topicCovers = await db.Topics.Select(t => t.CoverImagePath).ToListAsync();
            Assert.All(covers.Concat(portraits).Concat(topicCovers), p => Assert.StartsWith("/media/", p));
            return covers.Concat(portraits).Concat(topicCovers).Distinct().ToList();
        });
        // Two covers per category, one per topic and a portrait per leading body: variety without one file per article.
        Assert.InRange(paths.Count, 10, 30);

        using var client = factory.CreateClient();
        foreach (var path in paths)
        {
            var file = Path.Combine(factory.DataFolder, "media", path!["/media/".Length..]);
            Assert.True(File.Exists(file), file);
            var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(new FileInfo(file).Length, bytes.Length);
        }
    }

    [Fact]
    public async Task FirstStart_OrganisationTree_HasLeadersOnThreeLevels()
    {
        await factory.WithDbAsync(async db =>
        {
            var units = await db.Units.Include(u => u.Leaders).ToListAsync();
            static int Depth(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(units.Max(u => Depth(u.Path)) >= 3);
            var levelsWithLeaders = units.Where(u => u.Leaders.Count > 0).Select(u => Depth(u.Path)).Distinct().Count();
            Assert.True(levelsWithLeaders >= 3, $"leaders on {levelsWithLeaders} levels");
            Assert.All(units.SelectMany(u => u.Leaders), l => Assert.False(string.IsNullOrWhiteSpace(l.PhotoPath)));
        });
    }

    [Fact]
    public async Task FirstStart_IntroductionPages_IncludeTheGeneralOne()
    {
        var slugs = await factory.WithDbAsync(db => db.StaticPages.Where(p => p.IsPublished).Select(p => p.Slug).ToListAsync());

        Assert.Contains("gioi-thieu-chung", slugs);
        Assert.Contains("lich-su", slugs);
        Assert.Contains("dia-ly-tiem-nang", slugs);
    }

    [Fact]
    public async Task FirstStart_OneAccountPerRole_WithTheDocumentedPassword()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
        var province = await db.Units.SingleAsync(u => u.ParentId == null);

        foreach (var role in Enum.GetValues<StaffRole>())
        {
            var (userName, _, _) = DemoSeeder.DemoAccounts.Single(a => a.Role == role);
            var user = await users.FindByNameAsync(userName);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, DemoSeeder.DemoPassword), userName);
            Assert.True(await db.UnitRoles.AnyAsync(r => r.UserId == user.Id && r.UnitId == province.Id && r.Role == role), userName);
        }
    }

    [Fact]
    public async Task FirstStart_TheEditorialDeskHasArticlesAtEveryStep_WithHistoryRevisionsAndAMonthOfRoyalties()
    {
        var statuses = await factory.WithDbAsync(db => db.Articles.Select(a => a.Status).Distinct().ToListAsync());
        foreach (var status in Enum.GetValues<DangBo.Web.Modules.Content.Models.ArticleStatus>())
        {
            Assert.Contains(status, statuses);
        }
        var returned = await factory.WithDbAsync(db => db.Articles.Include(a => a.Transitions).Include(a => a.Revisions)
            .SingleAsync(a => a.Status == DangBo.Web.Modules.Content.Models.ArticleStatus.Returned));
        Assert.Contains(returned.Transitions, t => t.Comment is { Length: > 0 } && t.ActorName == "Lê Văn Biên");
        Assert.True(returned.Revisions.Count >= 2);
        Assert.True(await factory.WithDbAsync(db => db.RoyaltyRates.CountAsync()) >= 5);
        Assert.True(await factory.WithDbAsync(db => db.RoyaltyEntries.Select(e => e.AuthorUserId).Distinct().CountAsync()) >= 3);
    }

    private static int CountParagraphs(string html)
    {
        var count = 0;
        for (var i = html.IndexOf("<p>", StringComparison.Ordinal); i >= 0; i = html.IndexOf("<p>", i + 3, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}

public sealed class DemoSeederTests_Sqlite(SqliteFactory factory) : DemoSeederTests<SqliteFactory>(factory);

public sealed class DemoSeederTests_Postgres(PostgresFactory factory) : DemoSeederTests<PostgresFactory>(factory);

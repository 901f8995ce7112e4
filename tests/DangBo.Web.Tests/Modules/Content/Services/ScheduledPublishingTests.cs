using System.Net;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Content.Services;

/// <summary>Scheduled publishing and unpublishing happen on time with nobody signed in (the clock is the test's).</summary>
public abstract class ScheduledPublishingTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task ScheduledArticle_StaysHidden_ThenAppearsWhenItsTimeComes_AndGoesDownWhenSet()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var reader = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var now = clock.GetUtcNow().UtcDateTime;
        var (id, url) = await ScheduleAsync(app.Services, now.AddHours(2));

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(300);
        Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);

        clock.Advance(TimeSpan.FromHours(1).Add(TimeSpan.FromMinutes(1)));

        await WaitForAsync(id, ArticleStatus.Published);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
        var published = await factory.WithDbAsync(db => db.ArticleTransitions.AsNoTracking().Where(t => t.ArticleId == id).OrderByDescending(t => t.Id).FirstAsync());
        Assert.Equal((ArticleTransitionKind.PublishOnSchedule, (string?)null), (published.Kind, published.UserId));
        Assert.Contains("Hệ thống", published.ActorName);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            var portal = await scope.ServiceProvider.GetRequiredService<CurrentPortal>().GetAsync();
            await scope.ServiceProvider.GetRequiredService<ArticleDesk>().ScheduleUnpublishAsync(article, portal, clock.GetUtcNow().UtcDateTime.AddDays(1), article.Version, Chief());
        }
        clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));

        await WaitForAsync(id, ArticleStatus.Unpublished);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task ScheduleForm_EditorInChiefPicksAVietnamTime_StoredInUtcAndHiddenUntilThen()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, "Tin hẹn giờ " + Guid.NewGuid().ToString("N")[..8]);
        var local = DateTime.UtcNow.AddHours(7 + 48);
        var typed = new DateTime(local.Year, local.Month, local.Day, 8, 30, 0);
        var page = await chief.GetPageAsync(EditorialFlow.EditUrl(id));

        var response = await chief.SubmitAsync(page.Form("#workflow-form"),
            new() { ["PublishAt"] = typed.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) }, page.Button("Duyệt, hẹn giờ đăng"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await factory.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Category).SingleAsync(a => a.Id == id));
        Assert.Equal(ArticleStatus.Scheduled, article.Status);
        Assert.Equal(typed.AddHours(-7), article.ScheduledPublishAt);
        var shown = await chief.GetPageAsync(EditorialFlow.EditUrl(id));
        Assert.Contains(typed.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture), shown.QuerySelector(".workflow .notice")!.TextContent);
        using var reader = WebSession.Anonymous(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(ContentUrls.Article(article.Category!.Slug, article.Slug))).StatusCode);
    }

    [Fact]
    public async Task ScheduleForm_TimeInThePast_IsRefusedWithAMessage()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, "Tin hẹn giờ sai " + Guid.NewGuid().ToString("N")[..8]);
        var page = await chief.GetPageAsync(EditorialFlow.EditUrl(id));

        var response = await chief.SubmitAsync(page.Form("#workflow-form"), new() { ["PublishAt"] = "2020-01-01T08:00" }, page.Button("Duyệt, hẹn giờ đăng"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await WebSession.ParseAsync(response, "/")).Errors(), e => e.Contains("Giờ đăng phải sau", StringComparison.Ordinal));
        Assert.Equal(ArticleStatus.Submitted, await StatusAsync(id));
    }

    private static WorkflowActor Chief() => WorkflowActor.WithRoles(null, "Trưởng ban", [StaffRole.EditorInChief]);

    private static async Task<(int Id, string Url)> ScheduleAsync(IServiceProvider services, DateTime publishAtUtc)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
        var portal = await provider.GetRequiredService<CurrentPortal>().GetAsync();
        var category = await db.Categories.FirstAsync(c => c.Slug == "kinh-te");
        var desk = provider.GetRequiredService<ArticleDesk>();
        var article = await desk.CreateAsync(portal, new ArticleInput
        {
            Title = "Khởi công khu công nghiệp " + Guid.NewGuid().ToString("N")[..8],
            BodyHtml = "<p>Lễ khởi công diễn ra sáng nay.</p>",
            CategoryId = category.Id,
        }, cover: null, then: null, Chief());
        await desk.TransitionAsync(article, portal, ArticleTransitionKind.Schedule, article.Version, Chief(), null, publishAtUtc: publishAtUtc);
        return (article.Id, ContentUrls.Article(category.Slug, article.Slug));
    }

    private Task<ArticleStatus> StatusAsync(int id) => EditorialFlow.StatusAsync(factory, id);

    private async Task WaitForAsync(int id, ArticleStatus status)
    {
        for (var i = 0; i < 100 && await StatusAsync(id) != status; i++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(status, await StatusAsync(id));
    }
}

public sealed class ScheduledPublishingTests_Sqlite(SqliteFactory factory) : ScheduledPublishingTests<SqliteFactory>(factory);

public sealed class ScheduledPublishingTests_Postgres(PostgresFactory factory) : ScheduledPublishingTests<PostgresFactory>(factory);

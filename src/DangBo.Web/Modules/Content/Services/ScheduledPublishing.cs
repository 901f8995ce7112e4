using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Modules.Content.Services;

public sealed class ScheduledPublishingOptions
{
    public const string SectionName = "Editorial:Schedule";

    /// <summary>How often the scheduler looks for due articles.</summary>
    public int IntervalSeconds { get; set; } = 30;
}

/// <summary>Publishes and takes down the articles whose scheduled time has come, as moves of the system, with their notifications.</summary>
public sealed class ScheduledPublishing(DangBoDbContext db, TimeProvider clock, IEnumerable<IArticleTransitionObserver> observers, ILogger<ScheduledPublishing> logger)
{
    private const int Batch = 100;

    /// <summary>Performs every due move; returns how many were made.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles
            .Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledPublishAt <= now
                     || a.Status == ArticleStatus.Published && a.ScheduledUnpublishAt <= now)
            .OrderBy(a => a.Id).Take(Batch).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }
        var portalIds = due.Select(a => a.PortalId).Distinct().ToList();
        var portals = await CurrentPortal.Query(db.Portals.Where(p => portalIds.Contains(p.Id))).ToDictionaryAsync(p => p.Id, ct);
        var moved = 0;
        foreach (var article in due)
        {
            if ((article.PublishIfDue(now) ?? article.UnpublishIfDue(now)) is not { } transition)
            {
                continue;
            }
            article.Version++;
            foreach (var observer in observers)
            {
                await observer.OnTransitionAsync(article, transition, portals[article.PortalId], ct);
            }
            moved++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed one of them meanwhile; the next round sees the new state and tries again.
            logger.LogInformation("Scheduled moves deferred: an article changed while they were applied.");
            return 0;
        }
        return moved;
    }
}

/// <summary>Runs the scheduled moves at a steady interval, whether or not anyone is signed in.</summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ScheduledPublishingOptions> options, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)), clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var moved = await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunDueAsync(ct);
            if (moved > 0)
            {
                logger.LogInformation("Scheduled moves made: {Count}.", moved);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed round (database briefly away) must not stop the scheduler.
            logger.LogError(e, "Scheduled publishing round failed.");
        }
    }
}

using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Portals.Services;

/// <summary>The footer's count: views are counted in memory, stored in batches, and the stored total is not read on every page.</summary>
public abstract class VisitCounterTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task Total_ViewsRecordedAndStored_NeverGoesBackAndFollowsTheDatabaseAfterAMinute()
    {
        var portalId = await factory.RootPortalIdAsync();
        await factory.WithDbAsync(db => db.Portals.Where(p => p.Id == portalId).ExecuteUpdateAsync(s => s.SetProperty(p => p.VisitCount, 5_000)));
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var counter = new VisitCounter(clock);

        Assert.Equal(5_000, await factory.WithDbAsync(db => counter.TotalAsync(db, portalId)));
        counter.Record(portalId);
        counter.Record(portalId);
        Assert.Equal(5_002, await factory.WithDbAsync(db => counter.TotalAsync(db, portalId)));

        // The batch moves the views into the database; the total shown stays the same.
        await counter.FlushAsync(factory.Services, default);
        Assert.Equal(5_002, await factory.WithDbAsync(db => db.Portals.Where(p => p.Id == portalId).Select(p => p.VisitCount).SingleAsync()));
        Assert.Equal(5_002, await factory.WithDbAsync(db => counter.TotalAsync(db, portalId)));

        // Another instance adds to the stored total: seen once the remembered total is a minute old, not before.
        await factory.WithDbAsync(db => db.Portals.Where(p => p.Id == portalId).ExecuteUpdateAsync(s => s.SetProperty(p => p.VisitCount, p => p.VisitCount + 100)));
        Assert.Equal(5_002, await factory.WithDbAsync(db => counter.TotalAsync(db, portalId)));
        clock.Advance(VisitCounter.StoredTotalLifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(5_102, await factory.WithDbAsync(db => counter.TotalAsync(db, portalId)));
    }
}

public sealed class VisitCounterTests_Sqlite(SqliteFactory factory) : VisitCounterTests<SqliteFactory>(factory);

public sealed class VisitCounterTests_Postgres(PostgresFactory factory) : VisitCounterTests<PostgresFactory>(factory);

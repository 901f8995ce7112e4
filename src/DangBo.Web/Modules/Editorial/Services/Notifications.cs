using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Editorial.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>One person's notifications: the count for the bell, the list, marking them read.</summary>
public sealed class Notifications(DangBoDbContext db, TimeProvider clock)
{
    public Task<int> UnreadCountAsync(string userId, CancellationToken ct = default) =>
        db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    public Task<List<Notification>> LatestAsync(string userId, int take, CancellationToken ct = default) =>
        db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take).ToListAsync(ct);

    /// <summary>Marks one of the person's notifications read and gives it back; null when it is not theirs.</summary>
    public async Task<Notification?> MarkReadAsync(string userId, long id, CancellationToken ct = default)
    {
        var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is { ReadAt: null })
        {
            notification.ReadAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        return notification;
    }

    public Task<int> MarkAllReadAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}

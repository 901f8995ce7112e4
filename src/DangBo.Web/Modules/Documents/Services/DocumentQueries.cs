using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Documents.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Services;

/// <summary>
/// Who is reading, as far as document visibility cares: anonymous, or a signed-in member whose home unit
/// (and its ancestors) may be in a document's audience, possibly staff who see their units' own documents.
/// </summary>
public sealed record DocumentReader(bool IsSignedIn, IReadOnlyList<int> AudienceUnitIds, IReadOnlyList<int> OwnUnitIds)
{
    public static readonly DocumentReader Anonymous = new(false, [], []);
}

/// <summary>Builds the <see cref="DocumentReader"/> of a request once.</summary>
public sealed class DocumentReaders(DangBoDbContext db)
{
    private DocumentReader? _current;
    private ClaimsPrincipal? _for;

    public async Task<DocumentReader> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (_current is not null && ReferenceEquals(_for, user))
        {
            return _current;
        }
        _for = user;
        return _current = await BuildAsync(user, ct);
    }

    private async Task<DocumentReader> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return DocumentReader.Anonymous;
        }
        var audience = new List<int>();
        if (int.TryParse(user.FindFirstValue(UnitClaims.HomeUnit), out var homeUnitId))
        {
            // The home unit's path lists it and its ancestors: a document for a unit reaches its sub-units' members.
            var path = await db.Units.AsNoTracking().Where(u => u.Id == homeUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
            audience.AddRange(PathIds(path));
        }
        var own = new HashSet<int>();
        foreach (var (unitId, unitPath, role) in user.UnitRoles())
        {
            own.Add(unitId);
            if (role == Accounts.Models.StaffRole.Administrator)
            {
                own.UnionWith(await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(unitPath)).Select(u => u.Id).ToListAsync(ct));
            }
        }
        return new DocumentReader(true, audience, own.ToList());
    }

    public static IEnumerable<int> PathIds(string? path) =>
        (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, out var id) ? id : 0).Where(id => id > 0);
}

/// <summary>Derived, never stored: what readers see as a document's status.</summary>
public enum DocumentStatus
{
    InForce = 1,
    NotYetInForce = 2,
    Amended = 3,
    Replaced = 4,
    Expired = 5,
}

public static class DocumentStatusNames
{
    public static string ToVietnamese(this DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "Còn hiệu lực",
        DocumentStatus.NotYetInForce => "Chưa có hiệu lực",
        DocumentStatus.Amended => "Đã được sửa đổi, bổ sung",
        DocumentStatus.Replaced => "Đã bị thay thế",
        DocumentStatus.Expired => "Hết hiệu lực",
        _ => status.ToString(),
    };

    public static string CssClass(this DocumentStatus status) => "doc-status-" + status.ToString().ToLowerInvariant();
}

/// <summary>The one place the visibility rule and the status rule are written; lists, pages, downloads and feeds use them.</summary>
public static class DocumentQueries
{
    /// <summary>Documents <paramref name="reader"/> may see: public ones; members' ones when signed in; unit ones for members of the unit or a sub-unit; and every document of the units the reader works for.</summary>
    public static IQueryable<Document> VisibleTo(this IQueryable<Document> documents, DocumentReader reader)
    {
        if (!reader.IsSignedIn)
        {
            return documents.Where(d => d.Visibility == DocumentVisibility.Public);
        }
        var audience = reader.AudienceUnitIds.ToList();
        var own = reader.OwnUnitIds.ToList();
        return documents.Where(d =>
            d.Visibility == DocumentVisibility.Public
            || d.Visibility == DocumentVisibility.AllMembers
            || d.Visibility == DocumentVisibility.Units && d.AudienceUnits.Any(a => audience.Contains(a.UnitId))
            || own.Contains(d.OwnerUnitId));
    }

    /// <summary>The status rule: replaced beats expired beats not-yet-in-force beats amended. A relation counts from the day the newer document applies.</summary>
    public static DocumentStatus Derive(DateOnly startsOn, DateOnly? expiresOn, bool replaced, bool amended, DateOnly today) =>
        replaced ? DocumentStatus.Replaced
        : expiresOn is { } end && end < today ? DocumentStatus.Expired
        : startsOn > today ? DocumentStatus.NotYetInForce
        : amended ? DocumentStatus.Amended
        : DocumentStatus.InForce;

    public static IQueryable<Document> WithStatus(this IQueryable<Document> documents, DocumentStatus status, DateOnly today)
    {
        var replaced = documents.Where(d => d.Incoming.Any(r => r.Kind == DocumentRelationKind.Replaces && (r.From!.EffectiveOn ?? r.From.IssuedOn) <= today));
        var notReplaced = documents.Where(d => !d.Incoming.Any(r => r.Kind == DocumentRelationKind.Replaces && (r.From!.EffectiveOn ?? r.From.IssuedOn) <= today));
        var notExpired = notReplaced.Where(d => d.ExpiresOn == null || d.ExpiresOn >= today);
        var started = notExpired.Where(d => (d.EffectiveOn ?? d.IssuedOn) <= today);
        return status switch
        {
            DocumentStatus.Replaced => replaced,
            DocumentStatus.Expired => notReplaced.Where(d => d.ExpiresOn != null && d.ExpiresOn < today),
            DocumentStatus.NotYetInForce => notExpired.Where(d => (d.EffectiveOn ?? d.IssuedOn) > today),
            DocumentStatus.Amended => started.Where(d => d.Incoming.Any(r => r.Kind == DocumentRelationKind.Amends && (r.From!.EffectiveOn ?? r.From.IssuedOn) <= today)),
            _ => started.Where(d => !d.Incoming.Any(r => r.Kind == DocumentRelationKind.Amends && (r.From!.EffectiveOn ?? r.From.IssuedOn) <= today)),
        };
    }

    /// <summary>Today in Vietnam, the day statuses are judged on.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Infrastructure.Text.VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
}

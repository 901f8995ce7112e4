using System.Globalization;
using System.Security.Claims;
using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Accounts.Services;
using DangBo.Web.Modules.Organisation.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Services;

/// <summary>Who makes a change to the tree, as recorded in its history.</summary>
public sealed record UnitActor(string? UserId, string Name)
{
    public static readonly UnitActor System = new(null, "Hệ thống");

    public static UnitActor From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.DisplayName() is { Length: > 0 } name ? name : "Không rõ");
}

/// <summary>A unit as it was on one day: its name, where it sat, and whether it still operated then.</summary>
public sealed record UnitStateOn(int UnitId, DateOnly Day, bool Operating, string Name, string? ShortName, string Slug,
    int? ParentId, string? ParentName, int? MergedIntoId, string? MergedIntoName);

/// <summary>
/// The history of the organisation tree: every rename, move, closure and merge is a new <see cref="UnitVersion"/>,
/// so what a unit was called and where it sat can be told for any past date. Units never changed since history
/// began have no versions; their current row answers for them.
/// </summary>
public sealed class UnitHistory(DangBoDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    /// <summary>The unit's name on <paramref name="day"/>, or null when it did not exist or no longer operated then.</summary>
    public async Task<string?> NameOnAsync(int unitId, DateOnly day, CancellationToken ct = default) =>
        await StateOnAsync(unitId, day, ct) is { Operating: true } state ? state.Name : null;

    /// <summary>The unit it sat under on <paramref name="day"/> (null for the root, or when it did not operate then).</summary>
    public async Task<int?> ParentOnAsync(int unitId, DateOnly day, CancellationToken ct = default) =>
        await StateOnAsync(unitId, day, ct) is { Operating: true } state ? state.ParentId : null;

    /// <summary>The unit's state on a day; null when the unit did not exist yet (or does not exist at all).</summary>
    public async Task<UnitStateOn?> StateOnAsync(int unitId, DateOnly day, CancellationToken ct = default)
    {
        var state = await OwnStateAsync(unitId, day, ct);
        if (state is null)
        {
            return null;
        }
        var parentName = state.ParentId is { } parentId ? await NameAsOfAsync(parentId, day, ct) : null;
        var mergedIntoName = state.MergedIntoId is { } survivorId ? await NameAsOfAsync(survivorId, day, ct) : null;
        return state with { ParentName = parentName, MergedIntoName = mergedIntoName };
    }

    /// <summary>Every recorded version, oldest first.</summary>
    public async Task<IReadOnlyList<UnitVersion>> TimelineAsync(int unitId, CancellationToken ct = default) =>
        await db.UnitVersions.AsNoTracking().Where(v => v.UnitId == unitId).OrderBy(v => v.Id).ToListAsync(ct);

    /// <summary>The name a unit had that day, or its current name when the history does not say (a parent that changed later).</summary>
    private async Task<string?> NameAsOfAsync(int unitId, DateOnly day, CancellationToken ct) =>
        (await OwnStateAsync(unitId, day, ct))?.Name
        ?? await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);

    private async Task<UnitStateOn?> OwnStateAsync(int unitId, DateOnly day, CancellationToken ct)
    {
        var versions = await db.UnitVersions.AsNoTracking().Where(v => v.UnitId == unitId).OrderBy(v => v.Id).ToListAsync(ct);
        if (versions.Count > 0)
        {
            // Several changes on one day: the last one recorded tells the state of that day.
            var version = versions.LastOrDefault(v => v.Covers(day));
            return version is null ? null
                : new UnitStateOn(unitId, day, version.Operating, version.Name, version.ShortName, version.Slug, version.ParentId, null, version.MergedIntoId, null);
        }
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || unit.ValidFrom > day)
        {
            return null;
        }
        return new UnitStateOn(unitId, day, unit.IsActiveOn(day), unit.Name, unit.ShortName, unit.Slug, unit.ParentId, null,
            unit.ValidTo < day ? unit.MergedIntoId : null, null);
    }

    // ---- Recording (used by the tree's administration; saved with the change itself) ----

    /// <summary>
    /// Parses an effective date typed in a form (yyyy-MM-dd from a date input, or dd/MM/yyyy); empty means today.
    /// It may not lie in the future nor before the unit's last recorded change, so the history stays in order.
    /// </summary>
    public async Task<DateOnly> EffectiveDateAsync(OrganisationUnit unit, string? typed, string field, CancellationToken ct)
    {
        var text = VietnameseText.Clean(typed);
        DateOnly day;
        if (text.Length == 0)
        {
            day = Today;
        }
        else if (!TryParseDate(text, out day))
        {
            throw new InputValidationException(field, "Ngày không hợp lệ; vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2025.");
        }
        if (day > Today)
        {
            throw new InputValidationException(field, "Ngày hiệu lực không được sau ngày hôm nay.");
        }
        var earliest = await EarliestChangeDayAsync(unit, ct);
        if (earliest is { } from && day < from)
        {
            throw new InputValidationException(field, $"Ngày hiệu lực phải từ {Format(from)} trở đi (ngày của lần thay đổi gần nhất hoặc ngày thành lập).");
        }
        return day;
    }

    public static bool TryParseDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task<DateOnly?> EarliestChangeDayAsync(OrganisationUnit unit, CancellationToken ct)
    {
        var last = await db.UnitVersions.Where(v => v.UnitId == unit.Id).OrderByDescending(v => v.Id).Select(v => v.ValidFrom).FirstOrDefaultAsync(ct);
        return last ?? unit.ValidFrom;
    }

    /// <summary>Call before changing the unit: a unit without history first gets a version holding its state so far.</summary>
    public async Task<UnitVersion> CurrentVersionAsync(OrganisationUnit unit, UnitActor actor, CancellationToken ct)
    {
        var current = await db.UnitVersions.Where(v => v.UnitId == unit.Id).OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
        if (current is not null)
        {
            return current;
        }
        current = Snapshot(unit, UnitChange.Recorded, unit.ValidFrom, actor);
        db.UnitVersions.Add(current);
        return current;
    }

    /// <summary>Ends the current version the day before <paramref name="day"/> and starts one holding the unit's new state.</summary>
    public void Begin(UnitVersion current, OrganisationUnit unit, UnitChange change, DateOnly day, UnitActor actor, string? note = null)
    {
        current.ValidTo = day.AddDays(-1);
        var next = Snapshot(unit, change, day, actor);
        next.Note = note;
        db.UnitVersions.Add(next);
    }

    /// <summary>
    /// Ends the unit's operating life: <paramref name="day"/> is the first day it no longer operates (closed, or merged
    /// into <paramref name="mergedIntoId"/>); the unit's ValidTo becomes the day before.
    /// </summary>
    public void End(UnitVersion current, OrganisationUnit unit, DateOnly day, UnitActor actor, int? mergedIntoId = null, string? note = null)
    {
        unit.ValidTo = day.AddDays(-1);
        unit.MergedIntoId = mergedIntoId;
        current.ValidTo = day.AddDays(-1);
        var next = Snapshot(unit, mergedIntoId is null ? UnitChange.Closed : UnitChange.MergedInto, day, actor);
        next.MergedIntoId = mergedIntoId;
        next.Note = note;
        db.UnitVersions.Add(next);
    }

    /// <summary>The first version of a unit created through the administration.</summary>
    public UnitVersion Created(OrganisationUnit unit, UnitActor actor)
    {
        var version = Snapshot(unit, UnitChange.Created, unit.ValidFrom, actor);
        db.UnitVersions.Add(version);
        return version;
    }

    private UnitVersion Snapshot(OrganisationUnit unit, UnitChange change, DateOnly? from, UnitActor actor) => new()
    {
        UnitId = unit.Id,
        Change = change,
        Name = unit.Name,
        ShortName = unit.ShortName,
        Slug = unit.Slug,
        ParentId = unit.ParentId,
        ValidFrom = from,
        ChangedByUserId = actor.UserId,
        ChangedByName = actor.Name,
        ChangedAt = clock.GetUtcNow().UtcDateTime,
    };
}

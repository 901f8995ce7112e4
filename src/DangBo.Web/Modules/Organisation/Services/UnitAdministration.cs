using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Html;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Organisation.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Services;

/// <summary>What an administrator types for a new unit; dates as typed (dd/MM/yyyy or yyyy-MM-dd).</summary>
public sealed class NewUnitInput
{
    public UnitKind? Kind { get; set; }
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? Abbreviation { get; set; }
    public string? Slug { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public int? SortOrder { get; set; }
}

/// <summary>The details of a unit that carry no history: what kind it is, how to reach it, how it is described.</summary>
public sealed class UnitDetailsInput
{
    public UnitKind? Kind { get; set; }
    public string? Abbreviation { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public int? SortOrder { get; set; }
    public string? DescriptionHtml { get; set; }
}

public sealed class RenameInput
{
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? Slug { get; set; }
    public string? EffectiveOn { get; set; }
}

public sealed class LeaderInput
{
    public string? FullName { get; set; }
    public string? Position { get; set; }
    public CommitteeBody? Body { get; set; }
    public string? ShortBio { get; set; }
    public int? SortOrder { get; set; }
}

/// <summary>
/// Creating and changing the units of the organisation tree. Renames, moves and closures are recorded in the
/// unit's history (<see cref="UnitHistory"/>) and saved with it; old slugs stay as aliases so old addresses lead on.
/// Callers check that the administrator may manage the units involved.
/// </summary>
public sealed class UnitAdministration(DangBoDbContext db, UnitHistory history, TimeProvider clock)
{
    public async Task<OrganisationUnit> CreateAsync(int parentId, NewUnitInput input, UnitActor actor, CancellationToken ct = default)
    {
        var parent = await db.Units.FirstOrDefaultAsync(u => u.Id == parentId, ct)
            ?? throw new InputValidationException("", "Không tìm thấy đơn vị cấp trên.");
        var errors = new Dictionary<string, string>();
        if (!parent.IsActiveOn(history.Today))
        {
            errors[""] = "Đơn vị cấp trên đã giải thể hoặc hợp nhất; không thể thêm đơn vị trực thuộc.";
        }
        var kind = CheckKind(input.Kind, nameof(NewUnitInput.Kind), errors);
        var name = Required(input.Name, 300, nameof(NewUnitInput.Name), "tên đơn vị", errors);
        var shortName = Optional(input.ShortName, 150, nameof(NewUnitInput.ShortName), errors);
        var abbreviation = Optional(input.Abbreviation, 20, nameof(NewUnitInput.Abbreviation), errors);
        var slug = await CheckSlugAsync(input.Slug, name, null, nameof(NewUnitInput.Slug), errors, ct);
        var (address, phone, email) = CheckContacts(input.Address, input.Phone, input.Email, errors);
        var validFrom = OptionalDate(input.ValidFrom, nameof(NewUnitInput.ValidFrom), errors);
        var validTo = OptionalDate(input.ValidTo, nameof(NewUnitInput.ValidTo), errors);
        if (validFrom > history.Today)
        {
            errors[nameof(NewUnitInput.ValidFrom)] = "Ngày thành lập không được sau ngày hôm nay.";
        }
        if (validTo is not null && (validTo < validFrom || validTo > history.Today))
        {
            errors[nameof(NewUnitInput.ValidTo)] = "Ngày kết thúc phải từ ngày thành lập đến ngày hôm nay.";
        }
        var sortOrder = CheckSortOrder(input.SortOrder, nameof(NewUnitInput.SortOrder), errors);
        InputValidationException.ThrowIfAny(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unit = new OrganisationUnit
        {
            Kind = kind, Name = name, ShortName = shortName, Abbreviation = abbreviation, Slug = slug!,
            Address = address, Phone = phone, Email = email, ValidFrom = validFrom, SortOrder = sortOrder,
        };
        unit.PlaceUnder(parent);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.RefreshPath();
        var version = history.Created(unit, actor);
        if (validTo is { } lastDay)
        {
            history.End(version, unit, lastDay.AddDays(1), actor);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return unit;
    }

    public async Task UpdateDetailsAsync(OrganisationUnit unit, UnitDetailsInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var kind = CheckKind(input.Kind, nameof(UnitDetailsInput.Kind), errors);
        var abbreviation = Optional(input.Abbreviation, 20, nameof(UnitDetailsInput.Abbreviation), errors);
        var (address, phone, email) = CheckContacts(input.Address, input.Phone, input.Email, errors);
        var sortOrder = CheckSortOrder(input.SortOrder, nameof(UnitDetailsInput.SortOrder), errors);
        InputValidationException.ThrowIfAny(errors);
        unit.Kind = kind;
        unit.Abbreviation = abbreviation;
        unit.Address = address;
        unit.Phone = phone;
        unit.Email = email;
        unit.SortOrder = sortOrder;
        var description = HtmlSanitizer.Sanitize(input.DescriptionHtml);
        unit.DescriptionHtml = string.IsNullOrWhiteSpace(description) ? null : description;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A new name (and, when it changes, a new slug: the old one stays as an alias so its addresses lead here).</summary>
    public async Task RenameAsync(OrganisationUnit unit, RenameInput input, UnitActor actor, CancellationToken ct = default)
    {
        EnsureOperating(unit);
        var errors = new Dictionary<string, string>();
        var name = Required(input.Name, 300, nameof(RenameInput.Name), "tên mới", errors);
        var shortName = Optional(input.ShortName, 150, nameof(RenameInput.ShortName), errors);
        var slug = await CheckSlugAsync(input.Slug, name, unit.Id, nameof(RenameInput.Slug), errors, ct);
        if (errors.Count == 0 && name == unit.Name && shortName == unit.ShortName && slug == unit.Slug)
        {
            errors[nameof(RenameInput.Name)] = "Tên mới giống tên hiện tại; không có gì thay đổi.";
        }
        var day = await EffectiveDateAsync(unit, input.EffectiveOn, nameof(RenameInput.EffectiveOn), errors, ct);
        InputValidationException.ThrowIfAny(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await history.CurrentVersionAsync(unit, actor, ct);
        var oldSlug = unit.Slug;
        unit.Name = name;
        unit.ShortName = shortName;
        if (slug != oldSlug)
        {
            unit.Slug = slug!;
            await db.UnitSlugAliases.Where(a => a.Slug == slug).ExecuteDeleteAsync(ct);
            db.UnitSlugAliases.Add(new UnitSlugAlias { Slug = oldSlug, UnitId = unit.Id, CreatedAt = clock.GetUtcNow().UtcDateTime });
            // A portal addressed by its unit's slug follows the unit's new name.
            var portal = await db.Portals.FirstOrDefaultAsync(p => p.UnitId == unit.Id && !p.IsRoot && p.Slug == oldSlug, ct);
            if (portal is not null)
            {
                portal.Slug = slug!;
            }
        }
        history.Begin(current, unit, UnitChange.Renamed, day, actor);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Places the unit under another parent; the materialised paths of its whole subtree follow.</summary>
    public async Task MoveAsync(OrganisationUnit unit, int? newParentId, string? effectiveOn, UnitActor actor, CancellationToken ct = default)
    {
        EnsureOperating(unit);
        var errors = new Dictionary<string, string>();
        var parent = newParentId is { } id ? await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct) : null;
        if (parent is null)
        {
            errors["ParentId"] = "Vui lòng chọn đơn vị cấp trên mới.";
        }
        else if (parent.Id == unit.ParentId)
        {
            errors["ParentId"] = "Đơn vị đã trực thuộc đơn vị này.";
        }
        else if (!parent.IsActiveOn(history.Today))
        {
            errors["ParentId"] = "Đơn vị cấp trên mới đã giải thể hoặc hợp nhất.";
        }
        else if (parent.Path.Contains($"/{unit.Id}/", StringComparison.Ordinal))
        {
            errors["ParentId"] = "Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.";
        }
        var day = await EffectiveDateAsync(unit, effectiveOn, "EffectiveOn", errors, ct);
        InputValidationException.ThrowIfAny(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await history.CurrentVersionAsync(unit, actor, ct);
        await PlaceUnderAsync(unit, parent!, ct);
        history.Begin(current, unit, UnitChange.Moved, day, actor);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Closes the unit from <paramref name="closedOn"/> (its ValidTo is the day before): it leaves current lists and keeps its content and history.</summary>
    public async Task CloseAsync(OrganisationUnit unit, string? closedOn, UnitActor actor, CancellationToken ct = default)
    {
        EnsureOperating(unit);
        if (unit.ParentId is null)
        {
            throw new DomainException("Không thể giải thể đơn vị gốc của cơ cấu tổ chức.");
        }
        var today = history.Today;
        var activeChildren = (await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id).ToListAsync(ct)).Count(u => u.IsActiveOn(today));
        if (activeChildren > 0)
        {
            throw new DomainException($"Đơn vị còn {activeChildren} đơn vị trực thuộc đang hoạt động; hãy chuyển, hợp nhất hoặc giải thể các đơn vị đó trước.");
        }
        var errors = new Dictionary<string, string>();
        var day = await EffectiveDateAsync(unit, closedOn, "ClosedOn", errors, ct);
        InputValidationException.ThrowIfAny(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await history.CurrentVersionAsync(unit, actor, ct);
        history.End(current, unit, day, actor);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<Leader> AddLeaderAsync(OrganisationUnit unit, LeaderInput input, CancellationToken ct = default)
    {
        var leader = new Leader { UnitId = unit.Id, FullName = "", Position = "" };
        Apply(leader, input);
        db.Leaders.Add(leader);
        await db.SaveChangesAsync(ct);
        return leader;
    }

    public async Task UpdateLeaderAsync(Leader leader, LeaderInput input, CancellationToken ct = default)
    {
        Apply(leader, input);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveLeaderAsync(Leader leader, CancellationToken ct = default)
    {
        db.Leaders.Remove(leader);
        await db.SaveChangesAsync(ct);
    }

    private static void Apply(Leader leader, LeaderInput input)
    {
        var errors = new Dictionary<string, string>();
        var fullName = Required(input.FullName, 200, nameof(LeaderInput.FullName), "họ và tên", errors);
        var position = Required(input.Position, 300, nameof(LeaderInput.Position), "chức vụ", errors);
        var body = input.Body ?? CommitteeBody.None;
        if (!Enum.IsDefined(body))
        {
            errors[nameof(LeaderInput.Body)] = "Cơ quan lãnh đạo không hợp lệ.";
        }
        var bio = Optional(input.ShortBio, 4000, nameof(LeaderInput.ShortBio), errors);
        var sortOrder = CheckSortOrder(input.SortOrder, nameof(LeaderInput.SortOrder), errors);
        InputValidationException.ThrowIfAny(errors);
        leader.FullName = fullName;
        leader.Position = position;
        leader.Body = body;
        leader.ShortBio = bio;
        leader.SortOrder = sortOrder;
    }

    // ---- Shared with the merge ----

    /// <summary>Moves the unit and rewrites the materialised path of every unit below it.</summary>
    internal async Task PlaceUnderAsync(OrganisationUnit unit, OrganisationUnit parent, CancellationToken ct)
    {
        var oldPath = unit.Path;
        unit.PlaceUnder(parent);
        unit.RefreshPath();
        var descendants = await db.Units.Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id).ToListAsync(ct);
        foreach (var descendant in descendants)
        {
            descendant.Path = unit.Path + descendant.Path[oldPath.Length..];
        }
    }

    internal void EnsureOperating(OrganisationUnit unit)
    {
        if (!unit.IsActiveOn(history.Today))
        {
            throw new DomainException(unit.MergedIntoId is null
                ? "Đơn vị đã giải thể; không thể thay đổi."
                : "Đơn vị đã hợp nhất vào đơn vị khác; không thể thay đổi.");
        }
    }

    internal async Task<DateOnly> EffectiveDateAsync(OrganisationUnit unit, string? typed, string field, Dictionary<string, string> errors, CancellationToken ct)
    {
        try
        {
            return await history.EffectiveDateAsync(unit, typed, field, ct);
        }
        catch (InputValidationException e)
        {
            foreach (var (key, message) in e.Errors)
            {
                errors[key] = message;
            }
            return history.Today;
        }
    }

    private async Task<string?> CheckSlugAsync(string? typed, string name, int? unitId, string field, Dictionary<string, string> errors, CancellationToken ct)
    {
        var slug = SlugChoice.Resolve(typed, name, field, errors);
        if (slug is null)
        {
            return null;
        }
        // Slugs of other units, current or old, are taken: old addresses must keep leading to their unit.
        var taken = await db.Units.AnyAsync(u => u.Slug == slug && u.Id != unitId, ct)
            || await db.UnitSlugAliases.AnyAsync(a => a.Slug == slug && a.UnitId != unitId, ct);
        if (taken)
        {
            errors[field] = $"Đường dẫn \"{slug}\" đã được dùng (hoặc từng được dùng) cho đơn vị khác; vui lòng chọn đường dẫn khác.";
            return null;
        }
        return slug;
    }

    private static UnitKind CheckKind(UnitKind? kind, string field, Dictionary<string, string> errors)
    {
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            errors[field] = "Vui lòng chọn loại đơn vị.";
            return UnitKind.PartyCell;
        }
        return k;
    }

    private static string Required(string? value, int maxLength, string field, string what, Dictionary<string, string> errors)
    {
        var clean = VietnameseText.Clean(value);
        if (clean.Length == 0)
        {
            errors[field] = $"Vui lòng nhập {what}.";
        }
        else if (clean.Length > maxLength)
        {
            errors[field] = $"Tối đa {maxLength} ký tự.";
        }
        return clean;
    }

    private static string? Optional(string? value, int maxLength, string field, Dictionary<string, string> errors)
    {
        var clean = VietnameseText.CleanOrNull(value);
        if (clean?.Length > maxLength)
        {
            errors[field] = $"Tối đa {maxLength} ký tự.";
        }
        return clean;
    }

    private static int CheckSortOrder(int? value, string field, Dictionary<string, string> errors)
    {
        if (value is < 0 or > 100_000)
        {
            errors[field] = "Thứ tự phải từ 0 đến 100000.";
        }
        return value ?? 0;
    }

    private static DateOnly? OptionalDate(string? typed, string field, Dictionary<string, string> errors)
    {
        var text = VietnameseText.Clean(typed);
        if (text.Length == 0)
        {
            return null;
        }
        if (UnitHistory.TryParseDate(text, out var day))
        {
            return day;
        }
        errors[field] = "Ngày không hợp lệ; vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2025.";
        return null;
    }

    private static (string? Address, string? Phone, string? Email) CheckContacts(string? address, string? phone, string? email, Dictionary<string, string> errors)
    {
        var cleanAddress = Optional(address, 400, "Address", errors);
        var cleanPhone = Optional(phone, 50, "Phone", errors);
        if (cleanPhone is not null && !cleanPhone.All(c => char.IsDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')'))
        {
            errors["Phone"] = "Số điện thoại chỉ gồm chữ số, dấu cách và các ký tự + - . ( ).";
        }
        var cleanEmail = Optional(email, 200, "Email", errors);
        if (cleanEmail is not null && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(cleanEmail))
        {
            errors["Email"] = "Địa chỉ thư điện tử không hợp lệ.";
        }
        return (cleanAddress, cleanPhone, cleanEmail);
    }
}

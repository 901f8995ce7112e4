using System.Text.RegularExpressions;
using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Media.Services;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Services;

/// <summary>What staff may change of their portal.</summary>
public sealed record PortalSettingsInput(string? Name, string? Tagline, string? HostName, string? ResponsibleUnit, string? ResponsiblePerson,
    string? Address, string? Phone, string? Email, string? LicenceNote, IFormFile? Logo, IFormFile? Banner);

/// <summary>A new portal for a unit below the current portal's unit.</summary>
public sealed record NewPortalInput(int? UnitId, string? Name, string? Slug, string? HostName);

/// <summary>A unit below the current portal that has no portal yet.</summary>
public sealed record UnitOption(int Id, string Name, string Slug);

/// <summary>
/// Opening portals for units and editing a portal's own details. A new portal starts usable: a news category, a
/// menu, and a home page with its own news and what other levels share with it.
/// </summary>
public sealed partial class PortalAdministration(DangBoDbContext db, MediaStore media)
{
    public const int NameMaxLength = 200;

    /// <summary>Units in the subtree of <paramref name="portal"/>'s unit, still active, without a portal of their own.</summary>
    public Task<List<UnitOption>> UnitsWithoutPortalAsync(PortalInfo portal, DateOnly today, CancellationToken ct) =>
        db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(portal.UnitPath) && u.Id != portal.UnitId && (u.ValidTo == null || u.ValidTo >= today))
            .Where(u => !db.Portals.Any(p => p.UnitId == u.Id))
            .OrderBy(u => u.Path.Length).ThenBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Take(500)
            .Select(u => new UnitOption(u.Id, u.Name, u.Slug))
            .ToListAsync(ct);

    public async Task<Portal> CreateAsync(PortalInfo parent, NewPortalInput input, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var unit = input.UnitId is int unitId
            ? await db.Units.FirstOrDefaultAsync(u => u.Id == unitId && u.Path.StartsWith(parent.UnitPath) && u.Id != parent.UnitId, ct)
            : null;
        if (unit is null)
        {
            errors[nameof(NewPortalInput.UnitId)] = "Vui lòng chọn một đơn vị cấp dưới.";
        }
        else if (await db.Portals.AnyAsync(p => p.UnitId == unit.Id, ct))
        {
            errors[nameof(NewPortalInput.UnitId)] = "Đơn vị này đã có cổng thông tin.";
        }
        else if (unit.ValidTo is { } closed && closed < today)
        {
            errors[nameof(NewPortalInput.UnitId)] = "Đơn vị này đã giải thể hoặc sáp nhập.";
        }
        var name = VietnameseText.Clean(input.Name);
        if (name.Length == 0 && unit is not null)
        {
            name = "Trang thông tin điện tử " + unit.Name;
        }
        CheckName(name, errors);
        var slug = (input.Slug ?? "").Trim().ToLowerInvariant();
        if (slug.Length == 0 && unit is not null)
        {
            slug = unit.Slug;
        }
        if (!SlugPattern().IsMatch(slug) || slug.Length > 200)
        {
            errors[nameof(NewPortalInput.Slug)] = "Địa chỉ chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: xa-minh-son.";
        }
        else if (await db.Portals.AnyAsync(p => p.Slug == slug, ct))
        {
            errors[nameof(NewPortalInput.Slug)] = "Địa chỉ này đã được một cổng khác dùng.";
        }
        var host = await CheckHostAsync(input.HostName, null, errors, ct);
        InputValidationException.ThrowIfAny(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var portal = new Portal
        {
            UnitId = unit!.Id, Name = name, Slug = slug, HostName = host, Tagline = unit.Name,
            ResponsibleUnit = unit.ShortName ?? unit.Name, Address = unit.Address, Phone = unit.Phone, Email = unit.Email, ReviewSteps = 1,
        };
        db.Portals.Add(portal);
        await db.SaveChangesAsync(ct);
        var news = new Category { PortalId = portal.Id, Name = "Tin tức - Sự kiện", Slug = "tin-tuc-su-kien", SortOrder = 1, IsMain = true };
        db.Categories.Add(news);
        db.MenuItems.AddRange(
            new MenuItem { PortalId = portal.Id, Title = "Trang chủ", Url = "/", SortOrder = 1 },
            new MenuItem { PortalId = portal.Id, Title = news.Name, Url = "/tin-tuc/" + news.Slug, SortOrder = 2 },
            new MenuItem { PortalId = portal.Id, Title = "Văn bản", Url = "/van-ban", SortOrder = 3 });
        db.HomeBlocks.AddRange(
            new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Featured, Title = "Tin nổi bật", ItemCount = 3, SortOrder = 1 },
            new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Latest, Title = "Tin mới", ItemCount = 8, SortOrder = 2 },
            new HomeBlock { PortalId = portal.Id, Kind = HomeBlockKind.Carried, Title = "Tin từ cấp trên", ItemCount = 5, SortOrder = 3 });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return portal;
    }

    public async Task UpdateAsync(PortalInfo current, PortalSettingsInput input, string? userId, CancellationToken ct)
    {
        var portal = await db.Portals.SingleAsync(p => p.Id == current.Id, ct);
        var errors = new Dictionary<string, string>();
        var name = VietnameseText.Clean(input.Name);
        CheckName(name, errors);
        string? host = null;
        if (!portal.IsRoot)
        {
            host = await CheckHostAsync(input.HostName, portal.Id, errors, ct);
        }
        else if (!string.IsNullOrWhiteSpace(input.HostName))
        {
            errors[nameof(PortalSettingsInput.HostName)] = "Cổng cấp tỉnh dùng địa chỉ chính của hệ thống, không đặt tên miền riêng ở đây.";
        }
        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && !EmailPattern().IsMatch(email))
        {
            errors[nameof(PortalSettingsInput.Email)] = "Địa chỉ thư điện tử không hợp lệ.";
        }
        Limit(input.Tagline, 300, nameof(PortalSettingsInput.Tagline), errors);
        Limit(input.ResponsibleUnit, 300, nameof(PortalSettingsInput.ResponsibleUnit), errors);
        Limit(input.ResponsiblePerson, 300, nameof(PortalSettingsInput.ResponsiblePerson), errors);
        Limit(input.Address, 400, nameof(PortalSettingsInput.Address), errors);
        Limit(input.Phone, 100, nameof(PortalSettingsInput.Phone), errors);
        Limit(input.LicenceNote, 500, nameof(PortalSettingsInput.LicenceNote), errors);
        InputValidationException.ThrowIfAny(errors);

        // Images are checked (by content) before anything is written, so a bad one leaves the portal unchanged.
        string? logo = null, banner = null;
        try
        {
            if (input.Logo is { Length: > 0 })
            {
                logo = (await media.SaveImageAsync(portal.Id, input.Logo, userId, ct)).PublicUrl;
            }
        }
        catch (DomainException e)
        {
            errors[nameof(PortalSettingsInput.Logo)] = e.Message;
        }
        try
        {
            if (input.Banner is { Length: > 0 })
            {
                banner = (await media.SaveImageAsync(portal.Id, input.Banner, userId, ct)).PublicUrl;
            }
        }
        catch (DomainException e)
        {
            errors[nameof(PortalSettingsInput.Banner)] = e.Message;
        }
        InputValidationException.ThrowIfAny(errors);

        portal.Name = name;
        portal.Tagline = Optional(input.Tagline);
        portal.HostName = host;
        portal.ResponsibleUnit = Optional(input.ResponsibleUnit);
        portal.ResponsiblePerson = Optional(input.ResponsiblePerson);
        portal.Address = Optional(input.Address);
        portal.Phone = Optional(input.Phone);
        portal.Email = string.IsNullOrEmpty(email) ? null : email;
        portal.LicenceNote = Optional(input.LicenceNote);
        portal.LogoPath = logo ?? portal.LogoPath;
        portal.BannerPath = banner ?? portal.BannerPath;
        // The save's cache eviction also refreshes the in-memory portal directory.
        await db.SaveChangesAsync(ct);
    }

    private static void CheckName(string name, Dictionary<string, string> errors)
    {
        if (name.Length == 0)
        {
            errors["Name"] = "Vui lòng nhập tên cổng.";
        }
        else if (name.Length > NameMaxLength)
        {
            errors["Name"] = $"Tên cổng không được dài quá {NameMaxLength} ký tự.";
        }
    }

    private async Task<string?> CheckHostAsync(string? input, int? portalId, Dictionary<string, string> errors, CancellationToken ct)
    {
        var host = input?.Trim().TrimEnd('.').ToLowerInvariant();
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }
        if (host.Length > 253 || !HostPattern().IsMatch(host))
        {
            errors["HostName"] = "Tên miền không hợp lệ; ví dụ: minhson.sonha.dcs.vn (không kèm http:// hay dấu /).";
            return host;
        }
        if (await db.Portals.AnyAsync(p => p.HostName == host && p.Id != portalId, ct))
        {
            errors["HostName"] = "Tên miền này đã được một cổng khác dùng.";
        }
        return host;
    }

    private static void Limit(string? value, int max, string field, Dictionary<string, string> errors)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors[field] = $"Không được dài quá {max} ký tự.";
        }
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : VietnameseText.Clean(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Services;

public sealed record MenuItemInput(string? Title, string? Url, int? ParentId, int SortOrder);

public sealed record HomeBlockInput(HomeBlockKind? Kind, string? Title, int? CategoryId, int ItemCount, int SortOrder, bool IsVisible);

/// <summary>Validates and saves a portal's main menu and home-page blocks. Errors are keyed by input field.</summary>
public sealed class PortalStructureEditor(DangBoDbContext db)
{
    public const int MaxItemCount = 50;

    public async Task<MenuItem> SaveMenuItemAsync(int portalId, MenuItem? item, MenuItemInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var title = VietnameseText.Clean(input.Title);
        if (title.Length == 0)
        {
            errors[nameof(input.Title)] = "Vui lòng nhập tên mục menu.";
        }
        else if (title.Length > 200)
        {
            errors[nameof(input.Title)] = "Tên mục menu dài tối đa 200 ký tự.";
        }
        var url = VietnameseText.Clean(input.Url);
        if (url.Length == 0)
        {
            errors[nameof(input.Url)] = "Vui lòng nhập địa chỉ liên kết.";
        }
        else if (url.Length > 1000 || !MenuItem.IsAcceptableUrl(url))
        {
            errors[nameof(input.Url)] = "Địa chỉ phải là đường dẫn trong cổng (bắt đầu bằng /, ví dụ /tin-tuc/kinh-te) hoặc địa chỉ đầy đủ bắt đầu bằng http:// hay https://.";
        }
        if (input.ParentId is { } parentId)
        {
            // The public menu shows one level of children, so a parent must be a top-level entry.
            var parentIsTopLevel = await db.MenuItems.AnyAsync(m => m.Id == parentId && m.PortalId == portalId && m.ParentId == null, ct);
            if (!parentIsTopLevel || parentId == item?.Id)
            {
                errors[nameof(input.ParentId)] = "Mục cha phải là một mục cấp cao nhất khác của menu.";
            }
            else if (item is not null && await db.MenuItems.AnyAsync(m => m.ParentId == item.Id, ct))
            {
                errors[nameof(input.ParentId)] = "Mục này đang có mục con nên không thể đặt vào dưới mục khác.";
            }
        }
        InputValidationException.ThrowIfAny(errors);

        item ??= db.MenuItems.Add(new MenuItem { PortalId = portalId, Title = title, Url = url }).Entity;
        item.Title = title;
        item.Url = url;
        item.ParentId = input.ParentId;
        item.SortOrder = input.SortOrder;
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Removes the entry together with its children.</summary>
    public async Task DeleteMenuItemAsync(MenuItem item, CancellationToken ct = default)
    {
        db.MenuItems.RemoveRange(await db.MenuItems.Where(m => m.ParentId == item.Id).ToListAsync(ct));
        db.MenuItems.Remove(item);
        await db.SaveChangesAsync(ct);
    }

    public async Task<HomeBlock> SaveHomeBlockAsync(int portalId, HomeBlock? block, HomeBlockInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors[nameof(input.Kind)] = "Vui lòng chọn loại khối.";
        }
        var title = VietnameseText.CleanOrNull(input.Title);
        if (title is { Length: > 200 })
        {
            errors[nameof(input.Title)] = "Tiêu đề khối dài tối đa 200 ký tự.";
        }
        int? categoryId = null;
        if (input.Kind == HomeBlockKind.Category)
        {
            if (input.CategoryId is { } id && await db.Categories.AnyAsync(c => c.Id == id && c.PortalId == portalId, ct))
            {
                categoryId = id;
            }
            else
            {
                errors[nameof(input.CategoryId)] = "Khối chuyên mục cần chọn một chuyên mục.";
            }
        }
        if (input.ItemCount is < 1 or > MaxItemCount)
        {
            errors[nameof(input.ItemCount)] = $"Số tin hiển thị từ 1 đến {MaxItemCount}.";
        }
        InputValidationException.ThrowIfAny(errors);

        block ??= db.HomeBlocks.Add(new HomeBlock { PortalId = portalId }).Entity;
        block.Kind = input.Kind!.Value;
        block.Title = title;
        block.CategoryId = categoryId;
        block.ItemCount = input.ItemCount;
        block.SortOrder = input.SortOrder;
        block.IsVisible = input.IsVisible;
        await db.SaveChangesAsync(ct);
        return block;
    }

    public async Task DeleteHomeBlockAsync(HomeBlock block, CancellationToken ct = default)
    {
        db.HomeBlocks.Remove(block);
        await db.SaveChangesAsync(ct);
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Html;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

public sealed record CategoryInput(string? Name, string? Slug, string? Description, int? ParentId, int SortOrder, bool IsMain);

public sealed record TopicInput(string? Name, string? Slug, string? Description, int SortOrder, bool IsActive);

public sealed record StaticPageInput(string? Title, string? Slug, string? BodyHtml, int SortOrder, bool IsPublished);

/// <summary>
/// Validates and saves the structure of a portal's content: categories, special topics and introduction
/// pages. Slugs are unique per portal; stored HTML goes through the sanitizer. Errors are keyed by input field.
/// </summary>
public sealed class StructureEditor(DangBoDbContext db, TimeProvider clock)
{
    public async Task<Category> SaveCategoryAsync(int portalId, Category? category, CategoryInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var name = Required(input.Name, 200, nameof(input.Name), "tên chuyên mục", "Tên chuyên mục", errors);
        var description = Optional(input.Description, 1000, nameof(input.Description), "Mô tả", errors);
        var slug = SlugChoice.Resolve(input.Slug, name, nameof(input.Slug), errors);
        if (slug is not null && await db.Categories.AnyAsync(c => c.PortalId == portalId && c.Slug == slug && c.Id != (category == null ? 0 : category.Id), ct))
        {
            errors[nameof(input.Slug)] = SlugChoice.TakenMessage(slug);
        }
        if (input.ParentId is { } parentId && !await IsAcceptableParentAsync(portalId, category?.Id, parentId, ct))
        {
            errors[nameof(input.ParentId)] = "Chuyên mục cha không hợp lệ (không được là chính nó hoặc chuyên mục con của nó).";
        }
        InputValidationException.ThrowIfAny(errors);

        category ??= db.Categories.Add(new Category { PortalId = portalId, Name = name, Slug = slug! }).Entity;
        category.Name = name;
        category.Slug = slug!;
        category.Description = description;
        category.ParentId = input.ParentId;
        category.SortOrder = input.SortOrder;
        category.IsMain = input.IsMain;
        await db.SaveChangesAsync(ct);
        return category;
    }

    public async Task DeleteCategoryAsync(Category category, CancellationToken ct = default)
    {
        var articles = await db.Articles.CountAsync(a => a.CategoryId == category.Id, ct);
        if (articles > 0)
        {
            throw new DomainException($"Chuyên mục đang có {articles} tin bài. Hãy chuyển các tin bài sang chuyên mục khác trước khi xóa.");
        }
        if (await db.Categories.AnyAsync(c => c.ParentId == category.Id, ct))
        {
            throw new DomainException("Chuyên mục đang có chuyên mục con. Hãy chuyển hoặc xóa các chuyên mục con trước.");
        }
        db.Categories.Remove(category);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Topic> SaveTopicAsync(int portalId, Topic? topic, TopicInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var name = Required(input.Name, 300, nameof(input.Name), "tên chuyên đề", "Tên chuyên đề", errors);
        var description = Optional(input.Description, 2000, nameof(input.Description), "Mô tả", errors);
        var slug = SlugChoice.Resolve(input.Slug, name, nameof(input.Slug), errors);
        if (slug is not null && await db.Topics.AnyAsync(t => t.PortalId == portalId && t.Slug == slug && t.Id != (topic == null ? 0 : topic.Id), ct))
        {
            errors[nameof(input.Slug)] = SlugChoice.TakenMessage(slug);
        }
        InputValidationException.ThrowIfAny(errors);

        topic ??= db.Topics.Add(new Topic { PortalId = portalId, Name = name, Slug = slug! }).Entity;
        topic.Name = name;
        topic.Slug = slug!;
        topic.Description = description;
        topic.SortOrder = input.SortOrder;
        topic.IsActive = input.IsActive;
        await db.SaveChangesAsync(ct);
        return topic;
    }

    /// <summary>Articles stay; they only leave the special topic.</summary>
    public async Task DeleteTopicAsync(Topic topic, CancellationToken ct = default)
    {
        db.Topics.Remove(topic);
        await db.SaveChangesAsync(ct);
    }

    public async Task<StaticPage> SaveStaticPageAsync(int portalId, StaticPage? page, StaticPageInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var title = Required(input.Title, 300, nameof(input.Title), "tiêu đề trang", "Tiêu đề", errors);
        var body = HtmlSanitizer.Sanitize(VietnameseText.Clean(input.BodyHtml));
        if (HtmlSanitizer.ToPlainText(body).Length == 0 && !body.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            errors[nameof(input.BodyHtml)] = "Vui lòng nhập nội dung trang.";
        }
        var slug = SlugChoice.Resolve(input.Slug, title, nameof(input.Slug), errors);
        if (slug is not null && await db.StaticPages.AnyAsync(p => p.PortalId == portalId && p.Slug == slug && p.Id != (page == null ? 0 : page.Id), ct))
        {
            errors[nameof(input.Slug)] = SlugChoice.TakenMessage(slug);
        }
        InputValidationException.ThrowIfAny(errors);

        page ??= db.StaticPages.Add(new StaticPage { PortalId = portalId, Title = title, Slug = slug!, BodyHtml = body }).Entity;
        page.Title = title;
        page.Slug = slug!;
        page.BodyHtml = body;
        page.SortOrder = input.SortOrder;
        page.IsPublished = input.IsPublished;
        page.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return page;
    }

    public async Task DeleteStaticPageAsync(StaticPage page, CancellationToken ct = default)
    {
        db.StaticPages.Remove(page);
        await db.SaveChangesAsync(ct);
    }

    private async Task<bool> IsAcceptableParentAsync(int portalId, int? categoryId, int parentId, CancellationToken ct)
    {
        var parents = await db.Categories.AsNoTracking().Where(c => c.PortalId == portalId).ToDictionaryAsync(c => c.Id, c => c.ParentId, ct);
        // Walk up from the proposed parent; meeting the category itself would make a cycle.
        int? current = parentId;
        for (var depth = 0; current is { } id && depth < 100; depth++)
        {
            if (!parents.TryGetValue(id, out var next) || id == categoryId)
            {
                return false;
            }
            current = next;
        }
        return true;
    }

    internal static string Required(string? value, int max, string field, string what, string label, IDictionary<string, string> errors)
    {
        var clean = VietnameseText.Clean(value);
        if (clean.Length == 0)
        {
            errors[field] = $"Vui lòng nhập {what}.";
        }
        else if (clean.Length > max)
        {
            errors[field] = $"{label} dài tối đa {max} ký tự.";
        }
        return clean;
    }

    internal static string? Optional(string? value, int max, string field, string label, IDictionary<string, string> errors)
    {
        var clean = VietnameseText.CleanOrNull(value);
        if (clean is not null && clean.Length > max)
        {
            errors[field] = $"{label} dài tối đa {max} ký tự.";
        }
        return clean;
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Html;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>What an editor (or an import line) supplies for an article.</summary>
public sealed record ArticleInput
{
    public string? Title { get; init; }
    public string? Lead { get; init; }
    public string? BodyHtml { get; init; }
    public int? CategoryId { get; init; }
    public IReadOnlyList<int> TopicIds { get; init; } = [];
    public string? Author { get; init; }
    public string? PenName { get; init; }
    public string? Source { get; init; }
    public string? CoverImagePath { get; init; }
    public string? CoverImageCaption { get; init; }
    public bool IsFeatured { get; init; }
}

/// <summary>Field name (of <see cref="ArticleInput"/>) → Vietnamese message.</summary>
public sealed class ArticleValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}

/// <summary>
/// The one path by which article content enters the database, for the editor and the importer alike:
/// normalise to NFC, sanitise HTML through the allow-list, validate, and only then save, keeping a revision of every save.
/// </summary>
public sealed class ArticleEditor(DangBoDbContext db, TimeProvider clock)
{
    public const string ConflictMessage = "Tin bài vừa được người khác sửa và lưu (hoặc chuyển sang bước khác) trong lúc bạn đang sửa, nên thay đổi của bạn chưa được lưu. "
        + "Hãy mở lại tin bài trong thẻ mới để xem bản mới nhất, rồi chép phần bạn sửa vào đó.";

    public async Task<Article> CreateAsync(int portalId, ArticleInput input, string? userId, CancellationToken ct = default, string? note = null)
    {
        var clean = await ValidateAsync(portalId, input, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            PortalId = portalId,
            Title = clean.Title!,
            Slug = await UniqueSlugAsync(portalId, clean.Title!, null, ct),
            CreatedAt = now,
            CreatedByUserId = userId,
        };
        await ApplyAsync(article, clean, userId, now, ct);
        article.Revisions.Add(ArticleRevision.Of(article, 1, userId, now, note));
        db.Articles.Add(article);
        return article;
    }

    /// <summary>Applies the edit; <paramref name="expectedVersion"/> is the version the editor loaded, so a concurrent save is detected.</summary>
    public async Task UpdateAsync(Article article, ArticleInput input, int expectedVersion, string? userId, CancellationToken ct = default, string? note = null)
    {
        if (article.Version != expectedVersion)
        {
            throw new DomainException(ConflictMessage);
        }
        var clean = await ValidateAsync(article.PortalId, input, ct);
        article.Title = clean.Title!;
        if (article.PublishedAt is null)
        {
            // The address is fixed once published; before that it follows the title.
            article.Slug = await UniqueSlugAsync(article.PortalId, clean.Title!, article.Id, ct);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await ApplyAsync(article, clean, userId, now, ct);
        var last = await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        article.Revisions.Add(ArticleRevision.Of(article, last + 1, userId, now, note));
    }

    public async Task<ArticleInput> ValidateAsync(int portalId, ArticleInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var title = VietnameseText.Clean(input.Title);
        var lead = VietnameseText.Clean(input.Lead);
        var body = HtmlSanitizer.Sanitize(VietnameseText.Clean(input.BodyHtml));
        var author = VietnameseText.CleanOrNull(input.Author);
        var penName = VietnameseText.CleanOrNull(input.PenName);
        var source = VietnameseText.CleanOrNull(input.Source);
        var caption = VietnameseText.CleanOrNull(input.CoverImageCaption);
        var cover = VietnameseText.CleanOrNull(input.CoverImagePath);

        if (title.Length == 0)
        {
            errors[nameof(ArticleInput.Title)] = "Vui lòng nhập tiêu đề.";
        }
        else if (title.Length > Article.TitleMaxLength)
        {
            errors[nameof(ArticleInput.Title)] = $"Tiêu đề dài tối đa {Article.TitleMaxLength} ký tự.";
        }
        else if (SlugGenerator.From(title).Length == 0)
        {
            errors[nameof(ArticleInput.Title)] = "Tiêu đề phải có chữ hoặc số.";
        }
        if (lead.Length > Article.LeadMaxLength)
        {
            errors[nameof(ArticleInput.Lead)] = $"Sapo dài tối đa {Article.LeadMaxLength} ký tự.";
        }
        if (HtmlSanitizer.ToPlainText(body).Length == 0 && !body.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            errors[nameof(ArticleInput.BodyHtml)] = "Vui lòng nhập nội dung tin bài.";
        }
        CheckLength(errors, nameof(ArticleInput.Author), author, 200, "Tác giả");
        CheckLength(errors, nameof(ArticleInput.PenName), penName, 200, "Bút danh");
        CheckLength(errors, nameof(ArticleInput.Source), source, 300, "Nguồn");
        CheckLength(errors, nameof(ArticleInput.CoverImageCaption), caption, 500, "Chú thích ảnh");
        if (cover is not null && (cover.Length > 1000 || !HtmlSanitizer.IsSafeUrl(cover, allowMailto: false) || !(cover.StartsWith('/') || cover.StartsWith("http", StringComparison.OrdinalIgnoreCase))))
        {
            errors[nameof(ArticleInput.CoverImagePath)] = "Địa chỉ ảnh đại diện không hợp lệ.";
        }

        if (input.CategoryId is not { } categoryId || !await db.Categories.AnyAsync(c => c.Id == categoryId && c.PortalId == portalId, ct))
        {
            errors[nameof(ArticleInput.CategoryId)] = "Vui lòng chọn chuyên mục.";
        }
        var topicIds = input.TopicIds.Distinct().ToList();
        if (topicIds.Count > 0 && await db.Topics.CountAsync(t => topicIds.Contains(t.Id) && t.PortalId == portalId, ct) != topicIds.Count)
        {
            errors[nameof(ArticleInput.TopicIds)] = "Chuyên đề đã chọn không tồn tại.";
        }

        if (errors.Count > 0)
        {
            throw new ArticleValidationException(errors);
        }
        return input with
        {
            Title = title, Lead = lead, BodyHtml = body, Author = author, PenName = penName, Source = source,
            CoverImageCaption = caption, CoverImagePath = cover, TopicIds = topicIds,
        };
    }

    private static void CheckLength(Dictionary<string, string> errors, string field, string? value, int max, string label)
    {
        if (value is not null && value.Length > max)
        {
            errors[field] = $"{label} dài tối đa {max} ký tự.";
        }
    }

    private async Task ApplyAsync(Article article, ArticleInput clean, string? userId, DateTime now, CancellationToken ct)
    {
        article.Lead = clean.Lead ?? "";
        article.BodyHtml = clean.BodyHtml ?? "";
        article.CategoryId = clean.CategoryId!.Value;
        article.Author = clean.Author;
        article.PenName = clean.PenName;
        article.Source = clean.Source;
        article.CoverImagePath = clean.CoverImagePath;
        article.CoverImageCaption = clean.CoverImageCaption;
        article.IsFeatured = clean.IsFeatured;
        article.UpdatedAt = now;
        article.UpdatedByUserId = userId;
        article.Version++;

        if (article.Id != 0)
        {
            await db.Entry(article).Collection(a => a.Topics).LoadAsync(ct);
        }
        var topicIds = clean.TopicIds.ToHashSet();
        article.Topics.RemoveAll(t => !topicIds.Contains(t.Id));
        var missing = topicIds.Except(article.Topics.Select(t => t.Id)).ToList();
        if (missing.Count > 0)
        {
            article.Topics.AddRange(await db.Topics.Where(t => missing.Contains(t.Id)).ToListAsync(ct));
        }
    }

    /// <summary>A slug from the title, made unique within the portal with -2, -3, ...</summary>
    public async Task<string> UniqueSlugAsync(int portalId, string title, int? exceptArticleId, CancellationToken ct = default)
    {
        var baseSlug = SlugGenerator.From(title);
        var taken = await db.Articles
            .Where(a => a.PortalId == portalId && a.Id != (exceptArticleId ?? 0) && (a.Slug == baseSlug || a.Slug.StartsWith(baseSlug + "-")))
            .Select(a => a.Slug).ToListAsync(ct);
        var local = db.Articles.Local.Where(a => a.PortalId == portalId && a.Id != (exceptArticleId ?? 0)).Select(a => a.Slug);
        var used = taken.Concat(local).ToHashSet(StringComparer.Ordinal);
        if (!used.Contains(baseSlug))
        {
            return baseSlug;
        }
        for (var n = 2; ; n++)
        {
            var candidate = $"{baseSlug}-{n}";
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}

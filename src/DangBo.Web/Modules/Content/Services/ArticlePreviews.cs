using System.Globalization;
using System.Security.Cryptography;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Modules.Content.Services;

public sealed class ArticlePreviewOptions
{
    public const string SectionName = "Editorial:Preview";

    /// <summary>How long a preview link works.</summary>
    public int LinkHours { get; set; } = 72;
}

/// <summary>
/// Links that show an article in any state, exactly as readers will see it, to anyone holding the link and
/// without signing in, until the link expires. The link carries the article's id signed and time-limited by
/// ASP.NET Core Data Protection, so it cannot be forged or stretched.
/// </summary>
public sealed class ArticlePreviews(DangBoDbContext db, IDataProtectionProvider protection, TimeProvider clock, IOptions<ArticlePreviewOptions> options)
{
    private ITimeLimitedDataProtector Protector => protection.CreateProtector("DangBo.Content.ArticlePreview.v1").ToTimeLimitedDataProtector();

    public TimeSpan Lifetime => TimeSpan.FromHours(Math.Max(1, options.Value.LinkHours));

    public (string Path, DateTime ExpiresAtUtc) CreateLink(int articleId)
    {
        var expires = clock.GetUtcNow().Add(Lifetime);
        var token = Protector.Protect(articleId.ToString(CultureInfo.InvariantCulture), expires);
        return (ContentUrls.Preview(token), expires.UtcDateTime);
    }

    /// <summary>The article id a link names, or null when the link is forged, damaged or expired.</summary>
    public int? Read(string? token)
    {
        // A preview address of spaces only (/xem-truoc/%20) binds the token as null.
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        try
        {
            var text = Protector.Unprotect(token, out var expiration);
            // The protector compares with the system clock; the application's clock decides here too, so tests can move it.
            return expiration > clock.GetUtcNow() && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The article as the public page shows it, whatever its state; the date is when it was or will be published, else its last save.</summary>
    /// <remarks>
    /// A published article with a pending draft (an old revision restored, waiting for approval) previews the draft:
    /// the preview shows what readers will see once it is approved.
    /// </remarks>
    public async Task<ArticleDetail?> DetailAsync(int portalId, int articleId, CancellationToken ct = default)
    {
        var row = await db.Articles.AsNoTracking().Where(a => a.Id == articleId && a.PortalId == portalId)
            .Select(a => new
            {
                a.PendingRevisionNumber,
                Detail = new ArticleDetail(a.Id, a.Title, a.Slug, a.CategoryId, a.Category!.Slug, a.Category.Name, a.Lead, a.BodyHtml,
                    a.CoverImagePath, a.CoverImageCaption, a.Author, a.PenName, a.Source, a.PublishedAt ?? a.ScheduledPublishAt ?? a.UpdatedAt, a.UpdatedAt,
                    a.Topics.OrderBy(t => t.SortOrder).Select(t => new TopicLink(t.Name, t.Slug, t.Id)).ToList(), null, null),
            })
            .FirstOrDefaultAsync(ct);
        if (row?.PendingRevisionNumber is not { } number)
        {
            return row?.Detail;
        }
        var draft = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId && r.Number == number)
            .Select(r => new { r.Title, r.Lead, r.BodyHtml, r.CategoryId, r.CoverImagePath, r.CoverImageCaption, r.Author, r.PenName, r.Source, r.CreatedAt })
            .FirstOrDefaultAsync(ct);
        if (draft is null)
        {
            return row.Detail;
        }
        var category = await db.Categories.AsNoTracking().Where(c => c.Id == draft.CategoryId && c.PortalId == portalId)
            .Select(c => new { c.Slug, c.Name }).FirstOrDefaultAsync(ct);
        return row.Detail with
        {
            Title = draft.Title, Lead = draft.Lead, BodyHtml = draft.BodyHtml, CoverImagePath = draft.CoverImagePath,
            CoverImageCaption = draft.CoverImageCaption, Author = draft.Author, PenName = draft.PenName, Source = draft.Source,
            CategoryId = category is null ? row.Detail.CategoryId : draft.CategoryId,
            CategorySlug = category?.Slug ?? row.Detail.CategorySlug, CategoryName = category?.Name ?? row.Detail.CategoryName,
            UpdatedAt = draft.CreatedAt,
        };
    }

    public Task<ArticleStatus> StatusAsync(int articleId, CancellationToken ct = default) =>
        db.Articles.Where(a => a.Id == articleId).Select(a => a.Status).FirstAsync(ct);
}

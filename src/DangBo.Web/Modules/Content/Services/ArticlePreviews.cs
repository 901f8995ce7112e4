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
    public int? Read(string token)
    {
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
    public Task<ArticleDetail?> DetailAsync(int portalId, int articleId, CancellationToken ct = default) =>
        db.Articles.AsNoTracking().Where(a => a.Id == articleId && a.PortalId == portalId)
            .Select(a => new ArticleDetail(a.Id, a.Title, a.Slug, a.CategoryId, a.Category!.Slug, a.Category.Name, a.Lead, a.BodyHtml,
                a.CoverImagePath, a.CoverImageCaption, a.Author, a.PenName, a.Source, a.PublishedAt ?? a.ScheduledPublishAt ?? a.UpdatedAt, a.UpdatedAt,
                a.Topics.OrderBy(t => t.SortOrder).Select(t => new TopicLink(t.Name, t.Slug)).ToList()))
            .FirstOrDefaultAsync(ct);

    public Task<ArticleStatus> StatusAsync(int articleId, CancellationToken ct = default) =>
        db.Articles.Where(a => a.Id == articleId).Select(a => a.Status).FirstAsync(ct);
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Media.Models;
using DangBo.Web.Modules.Media.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

/// <summary>
/// What the back-office article form does on submit: the cover image upload, the content (through
/// <see cref="ArticleEditor"/>) and publication, saved together or not at all. Callers check permissions.
/// </summary>
public sealed class ArticleDesk(DangBoDbContext db, ArticleEditor editor, MediaStore media, MediaRoot mediaRoot, TimeProvider clock)
{
    /// <summary>Error key for a refused cover image, next to the keys of <see cref="ArticleInput"/>.</summary>
    public const string CoverUploadField = "CoverUpload";

    public const string ConflictMessage = "Tin bài vừa được người khác sửa và lưu. Hãy tải lại trang để xem bản mới nhất trước khi sửa tiếp.";

    public async Task<Article> CreateAsync(int portalId, ArticleInput input, IFormFile? cover, bool publish, string? userId, CancellationToken ct = default)
    {
        // Checked first so that a form with mistakes never writes an image.
        await editor.ValidateAsync(portalId, input, ct);
        return await InTransactionAsync(portalId, cover, userId, async coverPath =>
        {
            var article = await editor.CreateAsync(portalId, coverPath is null ? input : input with { CoverImagePath = coverPath }, userId, ct);
            if (publish)
            {
                article.Publish(clock.GetUtcNow().UtcDateTime);
            }
            return article;
        }, ct);
    }

    /// <summary>Saves an edit; the cover is replaced by <paramref name="cover"/>, removed when asked, or kept.</summary>
    public async Task UpdateAsync(Article article, ArticleInput input, int expectedVersion, IFormFile? cover, bool removeCover, bool publish, string? userId, CancellationToken ct = default)
    {
        var keptCover = input with { CoverImagePath = removeCover ? null : article.CoverImagePath };
        await editor.ValidateAsync(article.PortalId, keptCover, ct);
        await InTransactionAsync(article.PortalId, cover, userId, async coverPath =>
        {
            await editor.UpdateAsync(article, coverPath is null ? keptCover : keptCover with { CoverImagePath = coverPath }, expectedVersion, userId, ct);
            if (publish)
            {
                article.Publish(clock.GetUtcNow().UtcDateTime);
            }
            return article;
        }, ct);
    }

    public async Task UnpublishAsync(Article article, int expectedVersion, string? userId, CancellationToken ct = default)
    {
        if (article.Version != expectedVersion)
        {
            throw new DomainException(ConflictMessage);
        }
        article.Unpublish();
        article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        article.UpdatedByUserId = userId;
        article.Version++;
        await SaveAsync(ct);
    }

    private async Task<Article> InTransactionAsync(int portalId, IFormFile? cover, string? userId, Func<string?, Task<Article>> apply, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        MediaFile? stored = null;
        try
        {
            if (cover is { Length: > 0 })
            {
                try
                {
                    stored = await media.SaveImageAsync(portalId, cover, userId, ct);
                }
                catch (DomainException e)
                {
                    throw new ArticleValidationException(new Dictionary<string, string> { [CoverUploadField] = "Ảnh đại diện: " + e.Message });
                }
            }
            var article = await apply(stored?.PublicUrl);
            await SaveAsync(ct);
            await transaction.CommitAsync(ct);
            return article;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            if (stored is not null)
            {
                // The row went with the rollback; the file must go too.
                File.Delete(mediaRoot.Resolve(stored.StoragePath));
            }
            throw;
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(ConflictMessage);
        }
    }
}

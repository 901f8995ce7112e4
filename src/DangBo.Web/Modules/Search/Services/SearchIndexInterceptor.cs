using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// The one place the index follows content: every SaveChanges that adds, edits, publishes, unpublishes or
/// deletes an article (or renames a category's address), or registers, edits or deletes a document, adds or
/// removes its files or renames a document type, renames a unit (the issuer of documents) or gives a portal to
/// another unit (a merge), updates the affected entries in the same transaction,
/// whichever code path saved: the back office, the importer, the demo seed.
/// </summary>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    // What readers can find or where it lives; other changes (view counts, featured flags) leave the index alone.
    private static readonly HashSet<string> IndexedArticleProperties =
        [nameof(Article.Title), nameof(Article.Lead), nameof(Article.BodyHtml), nameof(Article.Status), nameof(Article.PublishedAt),
         nameof(Article.CategoryId), nameof(Article.Slug), nameof(Article.PortalId)];

    // Download counts and the edit time change nothing readers can find.
    private static readonly HashSet<string> UnindexedDocumentProperties = [nameof(Document.DownloadCount), nameof(Document.UpdatedAt)];

    private sealed class Pending
    {
        public List<Article> Articles { get; } = [];
        public HashSet<int> ArticleIds { get; } = [];
        public HashSet<int> CategoryIds { get; } = [];
        public List<Document> Documents { get; } = [];
        public HashSet<int> DocumentIds { get; } = [];
        public HashSet<int> DocumentTypeIds { get; } = [];
        public HashSet<int> RenamedUnitIds { get; } = [];
        public HashSet<int> RehomedPortalIds { get; } = [];
        public bool Any => Articles.Count > 0 || CategoryIds.Count > 0 || Documents.Count > 0 || DocumentIds.Count > 0 || DocumentTypeIds.Count > 0
            || RenamedUnitIds.Count > 0 || RehomedPortalIds.Count > 0;
        public IDbContextTransaction? OwnTransaction { get; set; }
        public bool Syncing { get; set; }
    }

    private readonly PerContext<Pending> _pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        await CollectAsync(eventData.Context, ct);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CollectAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        await SyncAsync(eventData.Context, ct);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SyncAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default) =>
        await AbandonAsync(eventData.Context);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    private async Task CollectAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not DangBoDbContext db || (_pending.TryGet(db, out var current) && current.Syncing))
        {
            return;
        }
        var pending = _pending.GetOrCreate(db);
        foreach (var entry in db.ChangeTracker.Entries<Article>())
        {
            var relevant = entry.State is EntityState.Added or EntityState.Deleted
                || (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && IndexedArticleProperties.Contains(p.Metadata.Name)));
            if (relevant)
            {
                pending.Articles.Add(entry.Entity);
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<Category>())
        {
            if (entry.State == EntityState.Modified && entry.Property(c => c.Slug).IsModified)
            {
                pending.CategoryIds.Add(entry.Entity.Id);
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<Document>())
        {
            var relevant = entry.State is EntityState.Added or EntityState.Deleted
                || (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && !UnindexedDocumentProperties.Contains(p.Metadata.Name)));
            if (relevant)
            {
                pending.Documents.Add(entry.Entity);
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<DocumentFile>())
        {
            // Attachment text is part of the entry; a file's download count is not.
            if (entry.State is EntityState.Added or EntityState.Deleted
                || (entry.State == EntityState.Modified && entry.Property(f => f.ExtractedText).IsModified))
            {
                if (entry.Entity.DocumentId != 0)
                {
                    pending.DocumentIds.Add(entry.Entity.DocumentId);
                }
                else if (entry.Entity.Document is { } owner)
                {
                    pending.Documents.Add(owner);
                }
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<DocumentType>())
        {
            if (entry.State == EntityState.Modified && entry.Property(t => t.Name).IsModified)
            {
                pending.DocumentTypeIds.Add(entry.Entity.Id);
            }
        }
        // A document's entry names its issuing unit; an article's entry holds its portal's unit.
        foreach (var entry in db.ChangeTracker.Entries<OrganisationUnit>())
        {
            if (entry.State == EntityState.Modified && entry.Property(u => u.Name).IsModified)
            {
                pending.RenamedUnitIds.Add(entry.Entity.Id);
            }
        }
        foreach (var entry in db.ChangeTracker.Entries<Portal>())
        {
            if (entry.State == EntityState.Modified && entry.Property(p => p.UnitId).IsModified)
            {
                pending.RehomedPortalIds.Add(entry.Entity.Id);
            }
        }
        if (pending.Any && db.Database.CurrentTransaction is null)
        {
            // The content and its entries are committed together or not at all.
            pending.OwnTransaction = await db.Database.BeginTransactionAsync(ct);
        }
    }

    private async Task SyncAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not DangBoDbContext db || !_pending.TryGet(db, out var pending) || pending.Syncing)
        {
            return;
        }
        try
        {
            pending.Syncing = true;
            // Ids of added articles are known only now.
            pending.ArticleIds.UnionWith(pending.Articles.Select(a => a.Id));
            if (pending.CategoryIds.Count > 0)
            {
                var ids = pending.CategoryIds.ToList();
                pending.ArticleIds.UnionWith(await db.Articles.Where(a => ids.Contains(a.CategoryId)).Select(a => a.Id).ToListAsync(ct));
            }
            pending.DocumentIds.UnionWith(pending.Documents.Select(d => d.Id));
            if (pending.DocumentTypeIds.Count > 0)
            {
                var ids = pending.DocumentTypeIds.ToList();
                pending.DocumentIds.UnionWith(await db.Documents.Where(d => ids.Contains(d.DocumentTypeId)).Select(d => d.Id).ToListAsync(ct));
            }
            if (pending.RenamedUnitIds.Count > 0)
            {
                var ids = pending.RenamedUnitIds.ToList();
                pending.DocumentIds.UnionWith(await db.Documents.Where(d => d.IssuerUnitId != null && ids.Contains(d.IssuerUnitId.Value)).Select(d => d.Id).ToListAsync(ct));
            }
            if (pending.RehomedPortalIds.Count > 0)
            {
                var ids = pending.RehomedPortalIds.ToList();
                pending.ArticleIds.UnionWith(await db.Articles.Where(a => ids.Contains(a.PortalId) && a.Status == ArticleStatus.Published).Select(a => a.Id).ToListAsync(ct));
            }
            if (pending.ArticleIds.Count > 0 || pending.DocumentIds.Count > 0)
            {
                var index = SearchIndexes.For(db);
                if (pending.ArticleIds.Count > 0)
                {
                    await ArticleSearchSource.SyncAsync(db, index, pending.ArticleIds, ct);
                }
                if (pending.DocumentIds.Count > 0)
                {
                    await DocumentSearchSource.SyncAsync(db, index, pending.DocumentIds, ct);
                }
                await db.SaveChangesAsync(ct);
            }
            if (pending.OwnTransaction is not null)
            {
                await pending.OwnTransaction.CommitAsync(ct);
            }
        }
        catch
        {
            if (pending.OwnTransaction is not null)
            {
                await pending.OwnTransaction.RollbackAsync(CancellationToken.None);
            }
            throw;
        }
        finally
        {
            if (pending.OwnTransaction is not null)
            {
                await pending.OwnTransaction.DisposeAsync();
            }
            _pending.Remove(db);
        }
    }

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGet(context, out var pending) || pending.Syncing)
        {
            return;
        }
        _pending.Remove(context);
        if (pending.OwnTransaction is not null)
        {
            await pending.OwnTransaction.RollbackAsync(CancellationToken.None);
            await pending.OwnTransaction.DisposeAsync();
        }
    }
}

/// <summary>The index implementation for a context's database: FTS5 on SQLite, tsvector on PostgreSQL.</summary>
public static class SearchIndexes
{
    public static ISearchIndex For(DangBoDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresSearchIndex(db) : new SqliteSearchIndex(db);
}

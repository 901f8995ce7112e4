using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>Rebuilds the whole index from the articles and documents (the reindex verb, and databases that predate search).</summary>
/// <remarks>Without <paramref name="scopes"/> (tools that make their own contexts) only the overload taking a source works.</remarks>
public sealed class SearchIndexRebuilder(DangBoDbContext db, ISearchIndex index, IServiceScopeFactory? scopes = null)
{
    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        await using var scope = (scopes ?? throw new InvalidOperationException("No service scopes: pass the source context.")).CreateAsyncScope();
        return await RebuildAsync(scope.ServiceProvider.GetRequiredService<DangBoDbContext>(), ct);
    }

    /// <summary>
    /// Rebuilds the index in one transaction on this context's connection, reading the articles and documents through
    /// <paramref name="source"/>, a context with a connection of its own. On SQLite the rebuild's transaction grows the
    /// write-ahead log by the whole index (gigabytes at 1,000,000 articles), and every page its own connection reads is
    /// looked for in that log first: reading the sources through it made each read slower as the log grew (SQLite's
    /// walFindFrame was 28% of a 1,000,000-article build's CPU). Another connection sees only committed pages, so its
    /// reads skip the log the rebuild is writing.
    /// </summary>
    public async Task<int> RebuildAsync(DangBoDbContext source, CancellationToken ct = default)
    {
        var previousTracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Readers keep the old index until the new one is complete.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var count = await index.RebuildAsync(
                [(SearchTypes.Article, ArticleSearchSource.AllAsync(source, ct)), (SearchTypes.Document, DocumentSearchSource.AllAsync(source, ct))], ct);
            await transaction.CommitAsync(ct);
            return count;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = previousTracking;
        }
    }

    /// <summary>True when published articles or documents and their entries differ in number (an upgraded database, a crash between writes).</summary>
    public async Task<bool> LooksIncompleteAsync(CancellationToken ct = default)
    {
        var published = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.PublishedAt != null, ct);
        var indexed = await db.SearchEntries.CountAsync(e => e.Type == SearchTypes.Article, ct);
        var documents = await db.Documents.CountAsync(ct);
        var indexedDocuments = await db.SearchEntries.CountAsync(e => e.Type == SearchTypes.Document, ct);
        return published != indexed || documents != indexedDocuments;
    }
}

/// <summary>At start, fills the index of a database that had articles before search existed.</summary>
public sealed class SearchIndexBootstrap(IServiceScopeFactory scopes, ILogger<SearchIndexBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rebuilder = scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>();
        if (await rebuilder.LooksIncompleteAsync(cancellationToken))
        {
            var count = await rebuilder.RebuildAsync(cancellationToken);
            logger.LogInformation("Search index rebuilt at start: {Count} entries.", count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Documents.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Services;

public enum DocumentSort
{
    Newest = 0,
    Oldest = 1,
    Code = 2,
    MostDownloaded = 3,
}

/// <summary>The library's filters, as the query string carries them.</summary>
public sealed record DocumentFilter(int? TypeId = null, string? Issuer = null, string? Field = null, int? Year = null, int? TermId = null,
    DocumentStatus? Status = null, string? Query = null, DocumentSort Sort = DocumentSort.Newest);

public sealed record DocumentCard(int Id, string Slug, string Code, string TypeName, string Summary, string Issuer, DateOnly IssuedOn,
    DateOnly? EffectiveOn, string? Field, string? TermName, DocumentVisibility Visibility, DocumentStatus Status, int FileCount, long DownloadCount,
    string? Origin = null)
{
    public string Url => DocumentsUrls.Document(Id, Slug);
}

public sealed record DocumentFileView(int Id, string OriginalName, string ContentType, long SizeBytes, long DownloadCount)
{
    public string DownloadUrl => DocumentsUrls.Download(Id);
    public string ViewUrl => DocumentsUrls.View(Id);
    public bool IsPdf => ContentType == DocumentFileInspector.Pdf.ContentType;
    public string KindLabel => DocumentFileInspector.ByContentType(ContentType)?.Label ?? ContentType;
    public string SizeText => DocumentFileStore.FormatSize(SizeBytes);
}

public sealed record RelatedDocument(int RelationId, DocumentRelationKind Kind, bool Forward, int Id, string Slug, string Code, string TypeName, string Summary)
{
    public string Url => DocumentsUrls.Document(Id, Slug);
    public string Label => Forward ? Kind.Forward() : Kind.Backward();
}

public sealed record DocumentDetail(DocumentCard Card, string? SignerName, string? SignerPosition, DateOnly? ExpiresOn,
    IReadOnlyList<DocumentFileView> Files, IReadOnlyList<RelatedDocument> Relations);

public sealed record IssuerOption(string Key, string Name);

public sealed record LibraryOptions(IReadOnlyList<DocumentType> Types, IReadOnlyList<IssuerOption> Issuers, IReadOnlyList<string> Fields,
    IReadOnlyList<int> Years, IReadOnlyList<CommitteeTerm> Terms);

/// <summary>What readers may find in a portal's documents library; every query starts from <see cref="DocumentQueries.VisibleTo"/>.</summary>
public sealed class DocumentLibrary(DangBoDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>The portal's own documents and those a higher portal pushed to it, as far as the reader may see them.</summary>
    public IQueryable<Document> Visible(int portalId, DocumentReader reader) =>
        db.Documents.AsNoTracking().Where(d => d.PortalId == portalId || db.DocumentShares.Any(s => s.DocumentId == d.Id && s.PortalId == portalId)).VisibleTo(reader);

    public IQueryable<Document> Filtered(IQueryable<Document> documents, DocumentFilter filter)
    {
        var today = DocumentQueries.Today(clock);
        if (filter.TypeId is { } typeId)
        {
            documents = documents.Where(d => d.DocumentTypeId == typeId);
        }
        if (filter.Issuer is { Length: > 1 } issuer)
        {
            if (issuer[0] == 'u' && int.TryParse(issuer[1..], out var unitId))
            {
                documents = documents.Where(d => d.IssuerUnitId == unitId);
            }
            else if (issuer[0] == 'n')
            {
                var name = issuer[1..];
                documents = documents.Where(d => d.IssuerUnitId == null && d.IssuerName == name);
            }
        }
        if (VietnameseText.CleanOrNull(filter.Field) is { } field)
        {
            documents = documents.Where(d => d.Field == field);
        }
        if (filter.Year is { } year and > 1900 and < 2200)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year + 1, 1, 1);
            documents = documents.Where(d => d.IssuedOn >= from && d.IssuedOn < to);
        }
        if (filter.TermId is { } termId)
        {
            documents = documents.Where(d => d.CommitteeTermId == termId);
        }
        if (filter.Status is { } status && Enum.IsDefined(status))
        {
            documents = documents.WithStatus(status, today);
        }
        if (VietnameseText.CleanOrNull(filter.Query) is { } query)
        {
            var term = DocumentCodeParser.Normalize(query).ToLower();
            var lower = query.ToLower();
            documents = documents.Where(d => d.Code.ToLower().Contains(term) || d.Summary.ToLower().Contains(lower));
        }
        return filter.Sort switch
        {
            DocumentSort.Oldest => documents.OrderBy(d => d.IssuedOn).ThenBy(d => d.Id),
            DocumentSort.Code => documents.OrderBy(d => d.DocumentType!.SortOrder).ThenBy(d => d.Number).ThenBy(d => d.Id),
            DocumentSort.MostDownloaded => documents.OrderByDescending(d => d.DownloadCount).ThenByDescending(d => d.IssuedOn),
            _ => documents.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id),
        };
    }

    /// <summary>Null when the page does not exist (page 1 always does).</summary>
    public async Task<PagedList<DocumentCard>?> SearchAsync(int portalId, DocumentReader reader, DocumentFilter filter, int page, CancellationToken ct = default)
    {
        if (page < 1)
        {
            return null;
        }
        var query = Filtered(Visible(portalId, reader), filter);
        var list = new PagedList<DocumentCard>([], page, PageSize, await query.CountAsync(ct));
        // Compared as pages, not as an offset: (page - 1) * PageSize overflows for a page such as 999999999.
        if (page > list.TotalPages)
        {
            return null;
        }
        var items = await Cards(query.Skip((page - 1) * PageSize).Take(PageSize), portalId).ToListAsync(ct);
        return list with { Items = items.Select(Finish).ToList() };
    }

    public async Task<List<DocumentCard>> AllAsync(IQueryable<Document> query, CancellationToken ct = default) =>
        (await Cards(query).ToListAsync(ct)).Select(Finish).ToList();

    public async Task<DocumentDetail?> FindAsync(int portalId, DocumentReader reader, int id, CancellationToken ct = default)
    {
        var visible = Visible(portalId, reader);
        var card = await Cards(visible.Where(d => d.Id == id), portalId).FirstOrDefaultAsync(ct);
        if (card is null)
        {
            return null;
        }
        var extra = await visible.Where(d => d.Id == id).Select(d => new { d.SignerName, d.SignerPosition, d.ExpiresOn }).FirstAsync(ct);
        var files = await db.DocumentFiles.AsNoTracking().Where(f => f.DocumentId == id).OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new DocumentFileView(f.Id, f.OriginalName, f.ContentType, f.SizeBytes, f.DownloadCount)).ToListAsync(ct);
        // Related documents the reader may not see are left out, so an internal document's code never leaks.
        var forward = await db.DocumentRelations.AsNoTracking().Where(r => r.FromDocumentId == id && visible.Any(d => d.Id == r.ToDocumentId))
            .Select(r => new RelatedDocument(r.Id, r.Kind, true, r.ToDocumentId, r.To!.Slug, r.To.Code, r.To.DocumentType!.Name, r.To.Summary)).ToListAsync(ct);
        var backward = await db.DocumentRelations.AsNoTracking().Where(r => r.ToDocumentId == id && visible.Any(d => d.Id == r.FromDocumentId))
            .Select(r => new RelatedDocument(r.Id, r.Kind, false, r.FromDocumentId, r.From!.Slug, r.From.Code, r.From.DocumentType!.Name, r.From.Summary)).ToListAsync(ct);
        return new DocumentDetail(Finish(card), extra.SignerName, extra.SignerPosition, extra.ExpiresOn, files, [.. forward, .. backward]);
    }

    public async Task<LibraryOptions> OptionsAsync(int portalId, DocumentReader reader, CancellationToken ct = default)
    {
        var visible = Visible(portalId, reader);
        var types = await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(ct);
        var issuers = await visible.Select(d => new { d.IssuerUnitId, Name = d.IssuerUnit != null ? d.IssuerUnit.Name : d.IssuerName }).Distinct().ToListAsync(ct);
        var fields = await visible.Where(d => d.Field != null).Select(d => d.Field!).Distinct().ToListAsync(ct);
        var dates = await visible.Select(d => d.IssuedOn).Distinct().ToListAsync(ct);
        // Only terms the reader's documents fall in: every committee has terms, most of them irrelevant here.
        var terms = await db.CommitteeTerms.AsNoTracking().Include(t => t.Unit)
            .Where(t => visible.Any(d => d.CommitteeTermId == t.Id))
            .OrderBy(t => t.Unit!.Path.Length).ThenBy(t => t.Unit!.Name).ThenByDescending(t => t.StartsOn).ToListAsync(ct);
        return new LibraryOptions(types,
            issuers.Where(i => i.Name != null)
                .Select(i => new IssuerOption(i.IssuerUnitId is { } u ? $"u{u}" : $"n{i.Name}", i.Name!))
                .DistinctBy(i => i.Key).OrderBy(i => i.Name, StringComparer.Create(VietnamTime.Culture, false)).ToList(),
            fields.Order(StringComparer.Create(VietnamTime.Culture, false)).ToList(),
            dates.Select(d => d.Year).Distinct().OrderDescending().ToList(),
            terms);
    }

    private sealed record CardRow(DocumentCard Card, DateOnly StartsOn, DateOnly? ExpiresOn, bool Replaced, bool Amended);

    /// <remarks>With <paramref name="portalId"/>, a document of another portal (pushed to this one) names its origin.</remarks>
    private IQueryable<CardRow> Cards(IQueryable<Document> documents, int? portalId = null)
    {
        var today = DocumentQueries.Today(clock);
        return documents.Select(d => new CardRow(
            new DocumentCard(d.Id, d.Slug, d.Code, d.DocumentType!.Name, d.Summary,
                d.IssuerUnit != null ? d.IssuerUnit.Name : d.IssuerName ?? "", d.IssuedOn, d.EffectiveOn, d.Field,
                d.CommitteeTerm != null ? d.CommitteeTerm.Name : null, d.Visibility,
                DocumentStatus.InForce, d.Files.Count, d.DownloadCount,
                portalId != null && d.PortalId != portalId ? db.Portals.Where(p => p.Id == d.PortalId).Select(p => p.Name).FirstOrDefault() : null),
            d.EffectiveOn ?? d.IssuedOn, d.ExpiresOn,
            d.Incoming.Any(r => r.Kind == DocumentRelationKind.Replaces && (r.From!.EffectiveOn ?? r.From.IssuedOn) <= today),
            d.Incoming.Any(r => r.Kind == DocumentRelationKind.Amends && (r.From!.EffectiveOn ?? r.From.IssuedOn) <= today)));
    }

    /// <summary>Finishes the status with <see cref="DocumentQueries.Derive"/>, the one status rule.</summary>
    private DocumentCard Finish(CardRow row)
    {
        var today = DocumentQueries.Today(clock);
        return row.Card with { Status = DocumentQueries.Derive(row.StartsOn, row.ExpiresOn, row.Replaced, row.Amended, today) };
    }
}

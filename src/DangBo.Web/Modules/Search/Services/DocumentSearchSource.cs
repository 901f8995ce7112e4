using System.Runtime.CompilerServices;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Documents;
using DangBo.Web.Modules.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Services;

/// <summary>
/// Documents as search entries. Every document has an entry, internal ones too: who may see one is decided when
/// searching, by <see cref="Documents.Services.DocumentQueries.VisibleTo"/> against the live document, so a change
/// of visibility can never leave a stale entry readable. The title tier holds type, code and summary (trích yếu),
/// the summary tier the issuer, signer and field, the body the text of the attachments.
/// </summary>
public static class DocumentSearchSource
{
    /// <summary>Attachment text indexed per document; beyond it a long annex adds little but weight.</summary>
    public const int MaxAttachmentChars = 200_000;
    private const int TitleMaxLength = 500;

    private sealed record Row(int Id, int PortalId, int UnitId, string TypeKey, string TypeName, string Code, string Summary, string Slug,
        string? Issuer, string? SignerName, string? SignerPosition, string? Field, DateOnly IssuedOn, DateTime CreatedAt);

    public static async Task SyncAsync(DangBoDbContext db, ISearchIndex index, IReadOnlyCollection<int> documentIds, CancellationToken ct)
    {
        foreach (var chunk in documentIds.Chunk(200))
        {
            var rows = await Rows(db.Documents.Where(d => chunk.Contains(d.Id))).ToDictionaryAsync(r => r.Id, ct);
            var texts = await AttachmentTextsAsync(db, [.. rows.Keys], ct);
            foreach (var id in chunk)
            {
                if (rows.TryGetValue(id, out var row))
                {
                    await index.UpsertAsync(ToEntry(row, texts.GetValueOrDefault(id)), ct);
                }
                else
                {
                    await index.RemoveAsync(SearchTypes.Document, id, ct);
                }
            }
        }
    }

    public static async IAsyncEnumerable<SearchEntry> AllAsync(DangBoDbContext db, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var lastId = 0;
        while (true)
        {
            var rows = await Rows(db.Documents.Where(d => d.Id > lastId).OrderBy(d => d.Id).Take(200)).ToListAsync(ct);
            if (rows.Count == 0)
            {
                yield break;
            }
            rows = rows.OrderBy(r => r.Id).ToList();
            var texts = await AttachmentTextsAsync(db, rows.Select(r => r.Id).ToList(), ct);
            foreach (var row in rows)
            {
                yield return ToEntry(row, texts.GetValueOrDefault(row.Id));
            }
            lastId = rows[^1].Id;
        }
    }

    private static IQueryable<Row> Rows(IQueryable<Documents.Models.Document> documents) =>
        documents.AsNoTracking().Select(d => new Row(d.Id, d.PortalId, d.IssuerUnitId ?? d.OwnerUnitId, d.DocumentType!.Key, d.DocumentType.Name,
            d.Code, d.Summary, d.Slug, d.IssuerUnit != null ? d.IssuerUnit.Name : d.IssuerName, d.SignerName, d.SignerPosition, d.Field,
            d.IssuedOn, d.CreatedAt));

    private static async Task<Dictionary<int, string>> AttachmentTextsAsync(DangBoDbContext db, List<int> documentIds, CancellationToken ct)
    {
        var files = await db.DocumentFiles.AsNoTracking()
            .Where(f => documentIds.Contains(f.DocumentId) && f.ExtractedText != null && f.ExtractedText != "")
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new { f.DocumentId, f.ExtractedText }).ToListAsync(ct);
        return files.GroupBy(f => f.DocumentId).ToDictionary(g => g.Key, g =>
        {
            var text = string.Join("\n", g.Select(f => f.ExtractedText)).Normalize(System.Text.NormalizationForm.FormC);
            return text.Length > MaxAttachmentChars ? text[..MaxAttachmentChars] : text;
        });
    }

    private static SearchEntry ToEntry(Row d, string? attachments)
    {
        var title = $"{d.TypeName} số {d.Code}: {d.Summary}";
        var details = string.Join(". ", new[]
        {
            d.Issuer is null ? null : $"{d.Issuer} ban hành ngày {d.IssuedOn:dd/MM/yyyy}",
            d.SignerName is null ? null : $"Người ký: {d.SignerName}" + (d.SignerPosition is null ? "" : $", {d.SignerPosition}"),
            d.Field is null ? null : $"Lĩnh vực: {d.Field}",
        }.Where(p => p is not null));
        var body = attachments ?? "";
        // Published for search on its issue date (midnight in Vietnam), or when it was registered if that came first.
        var issued = VietnamTime.ToUtc(d.IssuedOn.ToDateTime(TimeOnly.MinValue));
        return new SearchEntry
        {
            Type = SearchTypes.Document,
            ItemId = d.Id,
            PortalId = d.PortalId,
            UnitId = d.UnitId,
            DocumentType = d.TypeKey,
            Code = d.Code,
            Title = title.Length > TitleMaxLength ? title[..(TitleMaxLength - 1)] + "…" : title,
            Summary = details,
            Body = body,
            Url = DocumentsUrls.Document(d.Id, d.Slug),
            PublishedAt = issued < d.CreatedAt ? issued : d.CreatedAt,
            TitleTerms = SearchText.FoldedTerms(title),
            SummaryTerms = SearchText.FoldedTerms(details),
            BodyTerms = SearchText.FoldedTerms(body),
            // The document's own code (and those its summary names) rank with the title; codes cited in attachments rank with them.
            CodeTerms = string.Join(' ', SearchText.CodeTerms(d.Code).Concat(SearchText.CodeTerms(d.Summary)).Distinct()),
            ExactTerms = SearchText.ExactTerms(title + "\n" + details),
        };
    }
}

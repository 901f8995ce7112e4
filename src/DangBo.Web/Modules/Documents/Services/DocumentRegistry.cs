using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Documents.Models;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Services;

/// <summary>What staff typed for a document; the registry validates and normalises it.</summary>
public sealed record DocumentInput(
    int OwnerUnitId, int? DocumentTypeId, string? Code, int? IssuerUnitId, string? IssuerName,
    string? SignerName, string? SignerPosition, DateOnly? IssuedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn,
    string? Summary, string? Field, int? CommitteeTermId, DocumentVisibility Visibility, IReadOnlyList<int> AudienceUnitIds);

/// <summary>The parser's reading of the code with what it suggests and what looks wrong; warnings never block a save the person confirms.</summary>
public sealed record DocumentAdvice(DocumentCode? Parsed, string? ParseError, int? SuggestedTypeId, string? SuggestedTypeName,
    int? SuggestedIssuerUnitId, string? SuggestedIssuerName, IReadOnlyList<string> Warnings)
{
    public static readonly DocumentAdvice None = new(null, null, null, null, null, null, []);
}

public sealed record DocumentUpload(byte[] Bytes, string? FileName);

public sealed record DocumentSaveResult(Document? Saved, DocumentAdvice Advice);

/// <summary>
/// The one path by which documents are validated and saved (back-office forms, import, demo): code parsing,
/// suggestions and warnings, committee term, visibility units, files and relations.
/// </summary>
public sealed class DocumentRegistry(DangBoDbContext db, DocumentFileStore files, TimeProvider clock)
{
    /// <summary>Outside issuers by the abbreviation written in codes.</summary>
    public static readonly IReadOnlyDictionary<string, string> OutsideIssuers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["TW"] = "Ban Chấp hành Trung ương Đảng",
        ["VPTW"] = "Văn phòng Trung ương Đảng",
        ["BTCTW"] = "Ban Tổ chức Trung ương",
        ["BTGDVTW"] = "Ban Tuyên giáo và Dân vận Trung ương",
        ["BTGTW"] = "Ban Tuyên giáo Trung ương",
        ["UBKTTW"] = "Ủy ban Kiểm tra Trung ương",
        ["ĐUQSTW"] = "Đảng ủy Quân sự Trung ương",
        ["CP"] = "Chính phủ",
        ["TTg"] = "Thủ tướng Chính phủ",
        ["QH15"] = "Quốc hội khóa XV",
        ["QH14"] = "Quốc hội khóa XIV",
        ["QH13"] = "Quốc hội khóa XIII",
        ["UBTVQH15"] = "Ủy ban Thường vụ Quốc hội khóa XV",
        ["BTTTT"] = "Bộ Thông tin và Truyền thông",
        ["BNV"] = "Bộ Nội vụ",
        ["BTC"] = "Bộ Tài chính",
        ["BKHCN"] = "Bộ Khoa học và Công nghệ",
    };

    private static readonly HashSet<string> StateTypeKeys = ["luat", "nghi-dinh", "thong-tu"];

    public async Task<DocumentAdvice> AdviseAsync(DocumentInput input, int? excludeDocumentId, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Code))
        {
            return DocumentAdvice.None;
        }
        var parsed = DocumentCodeParser.Parse(input.Code);
        if (parsed.Code is not { } code)
        {
            return DocumentAdvice.None with { ParseError = parsed.Error };
        }
        var warnings = new List<string>();
        var types = await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);

        // The type: a primary abbreviation match wins (QĐ → Quyết định), any listed one otherwise (QĐ → Quy định too).
        DocumentType? suggestedType = null;
        if (code.TypeAbbreviation is { } typeAbbr)
        {
            // TT is a party "thông tri" but a state "thông tư": the code's format decides which list is read first.
            var isState = code.Format != DocumentCodeFormat.Party;
            types = types.OrderBy(t => StateTypeKeys.Contains(t.Key) == isState ? 0 : 1).ThenBy(t => t.SortOrder).ToList();
            suggestedType = types.FirstOrDefault(t => DocumentCodeParser.SameAbbreviation(t.PrimaryAbbreviation, typeAbbr))
                ?? types.FirstOrDefault(t => t.AbbreviationList.Any(a => DocumentCodeParser.SameAbbreviation(a, typeAbbr)));
            var selected = types.FirstOrDefault(t => t.Id == input.DocumentTypeId);
            if (selected is not null && !selected.AbbreviationList.Any(a => DocumentCodeParser.SameAbbreviation(a, typeAbbr)))
            {
                warnings.Add($"Ký hiệu loại \"{typeAbbr}\" trong số, ký hiệu không khớp với loại văn bản đã chọn ({selected.Name}, viết tắt {string.Join(" hoặc ", selected.AbbreviationList)}).");
            }
            if (suggestedType is null)
            {
                warnings.Add($"Không có loại văn bản nào viết tắt là \"{typeAbbr}\" trong danh mục.");
            }
        }
        else if (code.Format == DocumentCodeFormat.State)
        {
            suggestedType = types.FirstOrDefault(t => t.Key == "luat");
        }

        // The issuer: a unit of the tree with that abbreviation (the owner first: every commune committee is ĐU), or a known outside body.
        int? suggestedUnitId = null;
        string? suggestedName = null;
        var units = await db.Units.AsNoTracking().Where(u => u.Abbreviation != null).Select(u => new { u.Id, u.Abbreviation, u.Name }).ToListAsync(ct);
        var matching = units.Where(u => DocumentCodeParser.SameAbbreviation(u.Abbreviation, code.IssuerAbbreviation)).ToList();
        if (matching.FirstOrDefault(u => u.Id == input.OwnerUnitId) is { } owner)
        {
            suggestedUnitId = owner.Id;
        }
        else if (matching.Count == 1)
        {
            suggestedUnitId = matching[0].Id;
        }
        else if (OutsideIssuers.TryGetValue(code.IssuerAbbreviation, out var outside))
        {
            suggestedName = outside;
        }
        if (input.IssuerUnitId is { } issuerUnitId)
        {
            var chosen = units.FirstOrDefault(u => u.Id == issuerUnitId);
            if (chosen is not null && !DocumentCodeParser.SameAbbreviation(chosen.Abbreviation, code.IssuerAbbreviation))
            {
                warnings.Add($"Cơ quan ban hành \"{code.IssuerAbbreviation}\" trong số, ký hiệu không khớp với {chosen.Name} (viết tắt {chosen.Abbreviation}).");
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.IssuerName) && suggestedName is not null
                 && !string.Equals(VietnameseText.Clean(input.IssuerName), suggestedName, StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add($"\"{code.IssuerAbbreviation}\" trong số, ký hiệu là {suggestedName}, không phải {VietnameseText.Clean(input.IssuerName)}.");
        }

        // Numbers restart for each type in each term, per issuer: the same number again is most likely a typing mistake.
        var typeId = input.DocumentTypeId ?? suggestedType?.Id;
        var issuerUnit = input.IssuerUnitId ?? (string.IsNullOrWhiteSpace(input.IssuerName) ? suggestedUnitId : null);
        var issuerName = issuerUnit is null ? VietnameseText.CleanOrNull(input.IssuerName) ?? suggestedName : null;
        var termId = input.CommitteeTermId ?? (input.IssuedOn is { } day ? await TermOnAsync(day, input.IssuerUnitId ?? input.OwnerUnitId, ct) : null);
        if (typeId is not null && (issuerUnit is not null || issuerName is not null))
        {
            var duplicate = await db.Documents.AsNoTracking()
                .Where(d => d.Number == code.Number && d.DocumentTypeId == typeId && d.CommitteeTermId == termId && d.Id != (excludeDocumentId ?? 0))
                .Where(d => issuerUnit != null ? d.IssuerUnitId == issuerUnit : d.IssuerUnitId == null && d.IssuerName == issuerName)
                .Select(d => new { d.Code, d.IssuedOn, Term = d.CommitteeTerm!.Name })
                .FirstOrDefaultAsync(ct);
            if (duplicate is not null)
            {
                var typeName = types.First(t => t.Id == typeId).Name;
                warnings.Add($"Số {code.Number:00} đã được dùng cho {typeName.ToLowerInvariant()} của cùng cơ quan ban hành"
                    + (duplicate.Term is null ? "" : $" trong nhiệm kỳ {duplicate.Term}")
                    + $": {duplicate.Code} ngày {duplicate.IssuedOn:dd/MM/yyyy}. Số văn bản bắt đầu lại từ 01 cho mỗi loại trong mỗi nhiệm kỳ; hãy kiểm tra lại số.");
            }
        }
        return new DocumentAdvice(code, null, suggestedType?.Id, suggestedType?.Name, suggestedUnitId,
            suggestedUnitId is { } id ? units.First(u => u.Id == id).Name : suggestedName, warnings);
    }

    /// <summary>
    /// The active term a document of <paramref name="unitId"/> issued on <paramref name="day"/> falls in: a term of that
    /// committee, else of the nearest committee above it (an advisory board numbers within its committee's term).
    /// </summary>
    public async Task<int?> TermOnAsync(DateOnly day, int unitId, CancellationToken ct)
    {
        var chain = await UnitChainAsync(unitId, ct);
        var terms = await db.CommitteeTerms.AsNoTracking()
            .Where(t => chain.Contains(t.UnitId) && t.IsActive && t.StartsOn <= day && (t.EndsOn == null || t.EndsOn >= day))
            .Select(t => new { t.Id, t.UnitId, t.StartsOn }).ToListAsync(ct);
        return terms.OrderByDescending(t => chain.IndexOf(t.UnitId)).ThenByDescending(t => t.StartsOn).Select(t => (int?)t.Id).FirstOrDefault();
    }

    /// <summary>The unit and its ancestors, root first.</summary>
    private async Task<List<int>> UnitChainAsync(int unitId, CancellationToken ct)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return DocumentReaders.PathIds(path).ToList();
    }

    /// <summary>Creates the document with its files in one go. Warnings stop the save unless <paramref name="acceptWarnings"/>.</summary>
    public async Task<DocumentSaveResult> CreateAsync(int portalId, DocumentInput input, IReadOnlyList<DocumentUpload> uploads, bool acceptWarnings, CancellationToken ct = default)
    {
        var validated = await ValidateAsync(input, null, ct);
        var advice = await AdviseAsync(input, null, ct);
        if (advice.Warnings.Count > 0 && !acceptWarnings)
        {
            return new DocumentSaveResult(null, advice);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var document = new Document { PortalId = portalId, Code = "", Summary = "", CreatedAt = now };
        Apply(document, input, validated, now);
        var stored = await StoreFilesAsync(uploads, ct);
        try
        {
            var order = 0;
            foreach (var file in stored)
            {
                file.SortOrder = order++;
                document.Files.Add(file);
            }
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            DeleteStored(stored);
            throw;
        }
        return new DocumentSaveResult(document, advice);
    }

    public async Task<DocumentSaveResult> UpdateAsync(Document document, DocumentInput input, bool acceptWarnings, CancellationToken ct = default)
    {
        var validated = await ValidateAsync(input, document, ct);
        var advice = await AdviseAsync(input, document.Id, ct);
        if (advice.Warnings.Count > 0 && !acceptWarnings)
        {
            return new DocumentSaveResult(null, advice);
        }
        await db.Entry(document).Collection(d => d.AudienceUnits).LoadAsync(ct);
        Apply(document, input, validated, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new DocumentSaveResult(document, advice);
    }

    public async Task AddFilesAsync(Document document, IReadOnlyList<DocumentUpload> uploads, CancellationToken ct = default)
    {
        if (uploads.Count == 0)
        {
            throw new DomainException("Chưa chọn tệp nào để tải lên.");
        }
        var stored = await StoreFilesAsync(uploads, ct);
        try
        {
            var order = await db.DocumentFiles.Where(f => f.DocumentId == document.Id).Select(f => (int?)f.SortOrder).MaxAsync(ct) ?? -1;
            foreach (var file in stored)
            {
                file.DocumentId = document.Id;
                file.SortOrder = ++order;
                db.DocumentFiles.Add(file);
            }
            document.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            DeleteStored(stored);
            throw;
        }
    }

    public async Task RemoveFileAsync(Document document, int fileId, CancellationToken ct = default)
    {
        var file = await db.DocumentFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.DocumentId == document.Id, ct)
            ?? throw new DomainException("Tệp không còn trong văn bản này.");
        db.DocumentFiles.Remove(file);
        document.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        files.TryDelete(file.StoragePath);
    }

    /// <summary>Records "<paramref name="document"/> implements / amends / replaces the document numbered <paramref name="otherCode"/>".</summary>
    public async Task AddRelationAsync(Document document, DocumentRelationKind kind, string? otherCode, CancellationToken ct = default)
    {
        var code = DocumentCodeParser.Normalize(otherCode);
        if (code.Length == 0)
        {
            throw new InputValidationException("RelatedCode", "Nhập số, ký hiệu của văn bản liên quan.");
        }
        if (!Enum.IsDefined(kind))
        {
            throw new InputValidationException("RelationKind", "Chọn loại liên kết.");
        }
        var candidates = await db.Documents.AsNoTracking().Where(d => d.PortalId == document.PortalId && d.Code == code && d.Id != document.Id)
            .Select(d => d.Id).Take(2).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            throw new InputValidationException("RelatedCode", $"Không tìm thấy văn bản số {code} trong thư viện.");
        }
        if (candidates.Count > 1)
        {
            throw new InputValidationException("RelatedCode", $"Có nhiều văn bản cùng số {code} (khác nhiệm kỳ); hãy sửa số trùng trước.");
        }
        if (await db.DocumentRelations.AnyAsync(r => r.FromDocumentId == document.Id && r.ToDocumentId == candidates[0] && r.Kind == kind, ct))
        {
            throw new InputValidationException("RelatedCode", "Liên kết này đã có.");
        }
        db.DocumentRelations.Add(new DocumentRelation { FromDocumentId = document.Id, ToDocumentId = candidates[0], Kind = kind });
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveRelationAsync(Document document, int relationId, CancellationToken ct = default)
    {
        await db.DocumentRelations.Where(r => r.Id == relationId && (r.FromDocumentId == document.Id || r.ToDocumentId == document.Id))
            .ExecuteDeleteAsync(ct);
    }

    public async Task DeleteAsync(Document document, CancellationToken ct = default)
    {
        if (await db.DocumentRelations.AnyAsync(r => r.ToDocumentId == document.Id, ct))
        {
            throw new DomainException("Văn bản đang được văn bản khác dẫn chiếu (thực hiện, sửa đổi hoặc thay thế); hãy gỡ các liên kết đó trước.");
        }
        var paths = await db.DocumentFiles.Where(f => f.DocumentId == document.Id).Select(f => f.StoragePath).ToListAsync(ct);
        db.Documents.Remove(document);
        await db.SaveChangesAsync(ct);
        foreach (var path in paths)
        {
            files.TryDelete(path);
        }
    }

    private sealed record Validated(DocumentCode Code, int TypeId, int? IssuerUnitId, string? IssuerName, DateOnly IssuedOn, int? TermId, string Summary, string TypeName);

    /// <summary>Checks the input; <paramref name="current"/> (when editing) may keep a type or term that has since been deactivated.</summary>
    private async Task<Validated> ValidateAsync(DocumentInput input, Document? current, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var parsed = DocumentCodeParser.Parse(input.Code);
        if (parsed.Error is { } codeError)
        {
            errors["Code"] = codeError;
        }
        var type = input.DocumentTypeId is { } typeId ? await db.DocumentTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == typeId, ct) : null;
        if (type is null)
        {
            errors["DocumentTypeId"] = "Chọn loại văn bản.";
        }
        else if (!type.IsActive && type.Id != current?.DocumentTypeId)
        {
            errors["DocumentTypeId"] = $"Loại văn bản {type.Name} đã ngừng sử dụng; hãy chọn loại khác.";
        }
        var issuerName = VietnameseText.CleanOrNull(input.IssuerName);
        if (input.IssuerUnitId is { } issuerUnitId)
        {
            if (!await db.Units.AnyAsync(u => u.Id == issuerUnitId, ct))
            {
                errors["IssuerUnitId"] = "Cơ quan ban hành không còn trong cơ cấu tổ chức.";
            }
            issuerName = null;
        }
        else if (issuerName is null)
        {
            errors["IssuerUnitId"] = "Chọn cơ quan ban hành trong cơ cấu tổ chức, hoặc nhập tên cơ quan ban hành bên ngoài.";
        }
        else if (issuerName.Length > 300)
        {
            errors["IssuerName"] = "Tên cơ quan ban hành tối đa 300 ký tự.";
        }
        if (input.IssuedOn is null)
        {
            errors["IssuedOn"] = "Nhập ngày ban hành.";
        }
        if (input.EffectiveOn is { } effective && input.IssuedOn is { } issued && effective < issued)
        {
            errors["EffectiveOn"] = "Ngày hiệu lực không thể trước ngày ban hành.";
        }
        if (input.ExpiresOn is { } expires && (input.EffectiveOn ?? input.IssuedOn) is { } start && expires < start)
        {
            errors["ExpiresOn"] = "Ngày hết hiệu lực phải sau ngày có hiệu lực.";
        }
        var summary = VietnameseText.Clean(input.Summary);
        if (summary.Length == 0)
        {
            errors["Summary"] = "Nhập trích yếu nội dung văn bản.";
        }
        else if (summary.Length > 2000)
        {
            errors["Summary"] = "Trích yếu tối đa 2.000 ký tự.";
        }
        if (VietnameseText.Clean(input.Field).Length > 200)
        {
            errors["Field"] = "Lĩnh vực tối đa 200 ký tự.";
        }
        if (VietnameseText.Clean(input.SignerName).Length > 200)
        {
            errors["SignerName"] = "Tên người ký tối đa 200 ký tự.";
        }
        if (VietnameseText.Clean(input.SignerPosition).Length > 200)
        {
            errors["SignerPosition"] = "Chức vụ người ký tối đa 200 ký tự.";
        }
        if (input.CommitteeTermId is { } termId)
        {
            var chosen = await db.CommitteeTerms.AsNoTracking().Where(t => t.Id == termId)
                .Select(t => new { t.Name, t.UnitId, t.IsActive, UnitName = t.Unit!.Name }).FirstOrDefaultAsync(ct);
            if (chosen is null)
            {
                errors["CommitteeTermId"] = "Nhiệm kỳ không còn trong danh mục.";
            }
            else if (!chosen.IsActive && termId != current?.CommitteeTermId)
            {
                errors["CommitteeTermId"] = $"{chosen.Name} ({chosen.UnitName}) đã ngừng sử dụng; hãy chọn nhiệm kỳ khác.";
            }
            else if (input.IssuerUnitId is { } issuer && !(await UnitChainAsync(issuer, ct)).Contains(chosen.UnitId))
            {
                // Numbers restart per committee term: a term of another committee would put the number in the wrong sequence.
                errors["CommitteeTermId"] = $"{chosen.Name} là nhiệm kỳ của {chosen.UnitName}, không phải của cơ quan ban hành hoặc cấp ủy cấp trên.";
            }
        }
        if (!Enum.IsDefined(input.Visibility))
        {
            errors["Visibility"] = "Chọn phạm vi xem văn bản.";
        }
        else if (input.Visibility == DocumentVisibility.Units)
        {
            var wanted = input.AudienceUnitIds.Distinct().ToList();
            if (wanted.Count == 0)
            {
                errors["AudienceUnitIds"] = "Chọn ít nhất một đơn vị được xem văn bản.";
            }
            else if (await db.Units.CountAsync(u => wanted.Contains(u.Id), ct) != wanted.Count)
            {
                errors["AudienceUnitIds"] = "Có đơn vị được chọn không còn trong cơ cấu tổ chức.";
            }
        }
        InputValidationException.ThrowIfAny(errors);
        var issuedOn = input.IssuedOn!.Value;
        var term = input.CommitteeTermId ?? await TermOnAsync(issuedOn, input.IssuerUnitId ?? input.OwnerUnitId, ct);
        return new Validated(parsed.Code!, type!.Id, input.IssuerUnitId, issuerName, issuedOn, term, summary, type.Name);
    }

    private static void Apply(Document document, DocumentInput input, Validated v, DateTime now)
    {
        document.OwnerUnitId = input.OwnerUnitId;
        document.DocumentTypeId = v.TypeId;
        document.Code = v.Code.Normalized;
        document.Number = v.Code.Number;
        document.IssuerUnitId = v.IssuerUnitId;
        document.IssuerName = v.IssuerName;
        document.SignerName = VietnameseText.CleanOrNull(input.SignerName);
        document.SignerPosition = VietnameseText.CleanOrNull(input.SignerPosition);
        document.IssuedOn = v.IssuedOn;
        document.EffectiveOn = input.EffectiveOn;
        document.ExpiresOn = input.ExpiresOn;
        document.Summary = v.Summary;
        document.Field = VietnameseText.CleanOrNull(input.Field);
        document.CommitteeTermId = v.TermId;
        document.Visibility = input.Visibility;
        var audience = input.Visibility == DocumentVisibility.Units ? input.AudienceUnitIds.Distinct().ToHashSet() : [];
        document.AudienceUnits.RemoveAll(a => !audience.Contains(a.UnitId));
        foreach (var unitId in audience.Where(id => document.AudienceUnits.All(a => a.UnitId != id)))
        {
            document.AudienceUnits.Add(new DocumentAudienceUnit { DocumentId = document.Id, UnitId = unitId });
        }
        document.Slug = SlugGenerator.From($"{v.TypeName} {v.Code.Normalized} {v.Summary}", 100);
        document.UpdatedAt = now;
    }

    private async Task<List<DocumentFile>> StoreFilesAsync(IReadOnlyList<DocumentUpload> uploads, CancellationToken ct)
    {
        // Check every file before writing any, so a bad one leaves nothing behind.
        foreach (var upload in uploads)
        {
            if (upload.Bytes.Length > files.MaxFileBytes)
            {
                throw new DomainException(files.TooLargeMessage(upload.FileName));
            }
            if (upload.Bytes.Length == 0 || DocumentFileInspector.Inspect(upload.Bytes) is null)
            {
                await files.StoreAsync(upload.Bytes, upload.FileName, ct); // throws the user-facing message
            }
        }
        var stored = new List<DocumentFile>();
        foreach (var upload in uploads)
        {
            stored.Add(await files.StoreAsync(upload.Bytes, upload.FileName, ct));
        }
        return stored;
    }

    private void DeleteStored(IEnumerable<DocumentFile> stored)
    {
        foreach (var file in stored)
        {
            files.TryDelete(file.StoragePath);
        }
    }
}

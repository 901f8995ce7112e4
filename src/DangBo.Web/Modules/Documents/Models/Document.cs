using DangBo.Web.Modules.Organisation.Models;

namespace DangBo.Web.Modules.Documents.Models;

/// <summary>An official text (resolution, directive, decision, ...) with its number and code, issuer, dates and files.</summary>
public class Document
{
    public int Id { get; set; }
    /// <summary>The portal whose library lists it.</summary>
    public int PortalId { get; set; }
    /// <summary>The unit that registered and manages it; its staff may edit it and always see it.</summary>
    public int OwnerUnitId { get; set; }
    public OrganisationUnit? OwnerUnit { get; set; }

    public int DocumentTypeId { get; set; }
    public DocumentType? DocumentType { get; set; }

    /// <summary>Number and code exactly as written on the document, NFC (e.g. "06-NQ/TU").</summary>
    public required string Code { get; set; }
    /// <summary>The number parsed from the code; numbers restart per type, issuer and term.</summary>
    public int? Number { get; set; }

    /// <summary>The issuing unit when it is in the organisation tree...</summary>
    public int? IssuerUnitId { get; set; }
    public OrganisationUnit? IssuerUnit { get; set; }
    /// <summary>...or the name of an outside issuer (e.g. "Ban Chấp hành Trung ương Đảng").</summary>
    public string? IssuerName { get; set; }

    public string? SignerName { get; set; }
    public string? SignerPosition { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Trích yếu: what the document is about.</summary>
    public required string Summary { get; set; }
    public string? Field { get; set; }
    public int? CommitteeTermId { get; set; }
    public CommitteeTerm? CommitteeTerm { get; set; }

    public DocumentVisibility Visibility { get; set; }
    /// <summary>For <see cref="DocumentVisibility.Units"/>: the chosen units (their sub-units see it too).</summary>
    public List<DocumentAudienceUnit> AudienceUnits { get; set; } = [];

    public string Slug { get; set; } = "";
    public long DownloadCount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<DocumentFile> Files { get; set; } = [];
    /// <summary>Relations this document states (it implements / amends / replaces another).</summary>
    public List<DocumentRelation> Outgoing { get; set; } = [];
    /// <summary>Relations other documents state about this one.</summary>
    public List<DocumentRelation> Incoming { get; set; } = [];

    /// <summary>The day it starts to apply: its effective date, else its issue date.</summary>
    public DateOnly StartsOn => EffectiveOn ?? IssuedOn;
}

public enum DocumentVisibility
{
    Public = 0,
    AllMembers = 1,
    Units = 2,
}

public static class DocumentVisibilityNames
{
    public static string ToVietnamese(this DocumentVisibility v) => v switch
    {
        DocumentVisibility.Public => "Công khai",
        DocumentVisibility.AllMembers => "Mọi đảng viên (đã đăng nhập)",
        DocumentVisibility.Units => "Đảng viên các đơn vị được chọn",
        _ => v.ToString(),
    };
}

public class DocumentAudienceUnit
{
    public int DocumentId { get; set; }
    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }
}

/// <summary>A kind of document (Nghị quyết, Chỉ thị, ...): a configurable list, never keyed by its abbreviation.</summary>
public class DocumentType
{
    public int Id { get; set; }
    /// <summary>Stable key (e.g. "quy-dinh", "quyet-dinh"): QĐ is written for both, so the abbreviation cannot be the key.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    /// <summary>Abbreviations written in codes, primary first, comma separated (e.g. "QĐi, QĐ").</summary>
    public required string Abbreviations { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Inactive types are no longer offered for new documents; documents of that type keep it.</summary>
    public bool IsActive { get; set; } = true;

    public IReadOnlyList<string> AbbreviationList =>
        Abbreviations.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public string PrimaryAbbreviation => AbbreviationList.FirstOrDefault() ?? "";
}

/// <summary>
/// Nhiệm kỳ of one committee: from the day after its congress closes to the close of the next. Each committee
/// (province, commune, ...) holds its congress on its own dates, and numbers restart for each of its terms.
/// </summary>
public class CommitteeTerm
{
    public int Id { get; set; }
    /// <summary>The committee whose term it is; its advisory boards and units without terms of their own use it too.</summary>
    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }
    public required string Name { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>Inactive terms are no longer offered for new documents; documents of that term keep it.</summary>
    public bool IsActive { get; set; } = true;

    public bool Contains(DateOnly day) => StartsOn <= day && (EndsOn is null || day <= EndsOn);
}

public class DocumentFile
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public Document? Document { get; set; }
    /// <summary>Server-chosen path under the documents folder; the uploader's name never reaches a path.</summary>
    public required string StoragePath { get; set; }
    public required string OriginalName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    /// <summary>Plain text extracted from PDF and DOCX files, for search.</summary>
    public string? ExtractedText { get; set; }
    public long DownloadCount { get; set; }
    public DateTime UploadedAt { get; set; }
    public int SortOrder { get; set; }

    public bool IsPdf => ContentType == "application/pdf";
}

/// <summary>"From implements / amends / replaces To"; read backwards it is "is implemented / amended / replaced by".</summary>
public class DocumentRelation
{
    public int Id { get; set; }
    public int FromDocumentId { get; set; }
    public Document? From { get; set; }
    public int ToDocumentId { get; set; }
    public Document? To { get; set; }
    public DocumentRelationKind Kind { get; set; }
}

public enum DocumentRelationKind
{
    Implements = 1,
    Amends = 2,
    Replaces = 3,
}

public static class DocumentRelationNames
{
    public static string Forward(this DocumentRelationKind kind) => kind switch
    {
        DocumentRelationKind.Implements => "Thực hiện",
        DocumentRelationKind.Amends => "Sửa đổi, bổ sung",
        DocumentRelationKind.Replaces => "Thay thế",
        _ => kind.ToString(),
    };

    public static string Backward(this DocumentRelationKind kind) => kind switch
    {
        DocumentRelationKind.Implements => "Được thực hiện bởi",
        DocumentRelationKind.Amends => "Được sửa đổi, bổ sung bởi",
        DocumentRelationKind.Replaces => "Bị thay thế bởi",
        _ => kind.ToString(),
    };
}

namespace DangBo.Web.Modules.Search.Models;

/// <summary>
/// One item readers can find, whatever its kind: an article, a document, a published question later, each with
/// its <see cref="Type"/> and the fields it has (a document its code and document type). Only items readers may
/// see once <see cref="PublishedAt"/> has come are kept here, except documents, whose audience is checked against
/// the document itself when searching; the *Terms columns hold the words as
/// <see cref="Services.SearchText"/> cuts them, and each database builds its full-text index from them.
/// </summary>
public class SearchEntry
{
    public const int TypeMaxLength = 20;

    public int Id { get; set; }
    public required string Type { get; set; }
    public int ItemId { get; set; }
    public int PortalId { get; set; }
    /// <summary>The unit the item belongs to, for the unit filter of portals that search their sub-units.</summary>
    public int? UnitId { get; set; }
    public int? CategoryId { get; set; }
    /// <summary>Key of the kind of document (nghi-quyet, chi-thi...); null for articles.</summary>
    public string? DocumentType { get; set; }
    /// <summary>Document code as written (06-NQ/TU); null for articles.</summary>
    public string? Code { get; set; }

    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    /// <summary>Plain text of the body (a document's: the text of its attachments), for snippets.</summary>
    public string Body { get; set; } = "";
    public required string Url { get; set; }
    public DateTime PublishedAt { get; set; }

    public string TitleTerms { get; set; } = "";
    public string SummaryTerms { get; set; } = "";
    public string BodyTerms { get; set; } = "";
    /// <summary>Codes as single terms (06nqtu), with the code field's words.</summary>
    public string CodeTerms { get; set; } = "";
    /// <summary>Title, summary and body in their exact (Telex) form, for ranking exact-diacritic matches first.</summary>
    public string ExactTerms { get; set; } = "";
}

/// <summary>The kinds of item search knows, with their names for readers.</summary>
public static class SearchTypes
{
    public const string Article = "article";
    public const string Document = "document";

    public static readonly IReadOnlyList<string> All = [Article, Document];

    /// <summary>Types whose body is attachment text, not their own writing: it ranks below an article's body.</summary>
    public static readonly IReadOnlyList<string> BodyIsAttachments = [Document];

    public static string ToVietnamese(string type) => type switch
    {
        Article => "Tin bài",
        Document => "Văn bản",
        "question" => "Hỏi đáp",
        _ => type,
    };
}

using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Services;

namespace DangBo.Web.Modules.Documents.Pages.Admin.DocumentTypes;

/// <summary>The document type form as posted; names match the page's "Input." fields.</summary>
public sealed class DocumentTypeFormInput
{
    public string? Name { get; set; }
    public string? Abbreviations { get; set; }
    /// <summary>Text, so that a typed non-number gets the catalogue's own message rather than the binder's.</summary>
    public string? SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    public DocumentTypeInput ToInput() => new(Name, Abbreviations,
        int.TryParse(SortOrder, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var order) ? order : -1, IsActive);

    public static DocumentTypeFormInput From(DocumentType t) => new()
    {
        Name = t.Name, Abbreviations = t.Abbreviations, SortOrder = t.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), IsActive = t.IsActive,
    };
}

public interface IDocumentTypeFormPage
{
    DocumentTypeFormInput Input { get; }
}

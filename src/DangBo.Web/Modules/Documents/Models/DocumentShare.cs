namespace DangBo.Web.Modules.Documents.Models;

/// <summary>
/// A document a higher portal pushed to a subordinate portal (for example a resolution every commune must carry): it
/// appears in that portal's library, marked with its origin, while it stays the higher portal's document.
/// </summary>
public class DocumentShare
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public Document? Document { get; set; }
    /// <summary>The portal that carries the document (not the document's own).</summary>
    public int PortalId { get; set; }
    public string? PushedById { get; set; }
    public DateTime PushedAt { get; set; }
}

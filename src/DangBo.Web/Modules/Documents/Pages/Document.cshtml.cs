using System.Globalization;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Documents.Pages;

public sealed class DocumentModel(CurrentPortal currentPortal, DocumentReaders readers, DocumentLibrary library) : PageModel
{
    public DocumentDetail Document { get; private set; } = null!;

    [ViewData] public string? Title { get; set; }
    [ViewData] public string? Description { get; set; }
    [ViewData] public string? CanonicalPath { get; set; }

    /// <summary><paramref name="key"/> is "&lt;id&gt;-&lt;slug&gt;"; the id decides, a stale slug redirects to the current one.</summary>
    public async Task<IActionResult> OnGetAsync(string? key, CancellationToken ct)
    {
        // A segment of spaces only (/%20) reaches the handler as null.
        if (string.IsNullOrWhiteSpace(key))
        {
            return NotFound();
        }
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        var idText = dash < 0 ? key : key[..dash];
        if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return NotFound();
        }
        var portal = await currentPortal.GetAsync(ct);
        var reader = await readers.ForAsync(User, ct);
        // Internal documents answer 404 to those who may not read them, as if they did not exist.
        if (await library.FindAsync(portal.Id, reader, id, ct) is not { } document)
        {
            return NotFound();
        }
        if (!string.Equals(document.Card.Url, DocumentsUrls.Library + "/" + key, StringComparison.Ordinal))
        {
            return RedirectPermanent(document.Card.Url);
        }
        Document = document;
        Title = $"{document.Card.TypeName} số {document.Card.Code}";
        Description = document.Card.Summary;
        CanonicalPath = document.Card.Url;
        if (document.Card.Visibility != Models.DocumentVisibility.Public)
        {
            ViewData[Infrastructure.Web.PageMetadata.NoIndex] = true;
            Response.Headers.CacheControl = "private, no-store";
        }
        return Page();
    }
}

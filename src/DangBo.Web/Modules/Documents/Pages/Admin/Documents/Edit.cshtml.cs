using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.Documents;

[RequestSizeLimit(DocumentPages.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentPages.MaxRequestBytes)]
public sealed class EditModel(DangBoDbContext db, DocumentRegistry registry, DocumentFileStore store, DocumentLibrary library,
    DocumentReaders readers, CurrentPortal currentPortal, IAuthorizationService authorization) : PageModel, IDocumentFormPage
{
    [BindProperty] public DocumentFormInput Input { get; set; } = new();

    public DocumentFormOptions Options { get; private set; } = null!;
    public DocumentAdvice Advice { get; private set; } = DocumentAdvice.None;
    public Document Document { get; private set; } = null!;
    public DocumentDetail Detail { get; private set; } = null!;
    public string SizeLimit => store.SizeLimitText;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        Input = DocumentFormInput.From(Document);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        ModelState.Clear();
        Advice = await registry.AdviseAsync(Input.ToInput(), id, ct);
        DocumentPages.ApplySuggestions(Input, Advice);
        Advice = await registry.AdviseAsync(Input.ToInput(), id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        if (Input.OwnerUnitId != Document.OwnerUnitId && !await DocumentAdmin.CanManageAsync(db, authorization, User, Input.OwnerUnitId, ct))
        {
            return Forbid();
        }
        try
        {
            var result = await registry.UpdateAsync(Document, Input.ToInput(), Input.AcceptWarnings, ct);
            Advice = result.Advice;
            if (result.Saved is null)
            {
                ModelState.AddModelError("", "Văn bản chưa được lưu: hãy xem các cảnh báo bên dưới.");
                return Page();
            }
            TempData["Flash"] = "Đã lưu văn bản.";
            return RedirectToPage("Edit", new { id });
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            Advice = await registry.AdviseAsync(Input.ToInput(), id, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, List<IFormFile> files, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        try
        {
            var uploads = new List<DocumentUpload>();
            foreach (var file in files)
            {
                uploads.Add(new DocumentUpload(await store.ReadUploadAsync(file, ct), file.FileName));
            }
            await registry.AddFilesAsync(Document, uploads, ct);
            TempData["Flash"] = uploads.Count == 1 ? "Đã thêm tệp đính kèm." : $"Đã thêm {uploads.Count} tệp đính kèm.";
            return RedirectToPage("Edit", new { id });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Files", e.Message);
            Input = DocumentFormInput.From(Document);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int fileId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        try
        {
            await registry.RemoveFileAsync(Document, fileId, ct);
            TempData["Flash"] = "Đã xóa tệp đính kèm.";
        }
        catch (DomainException e)
        {
            TempData["Flash"] = e.Message;
        }
        return RedirectToPage("Edit", new { id });
    }

    public async Task<IActionResult> OnPostAddRelationAsync(int id, DocumentRelationKind relationKind, string? relatedCode, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        try
        {
            await registry.AddRelationAsync(Document, relationKind, relatedCode, ct);
            TempData["Flash"] = "Đã thêm văn bản liên quan.";
            return RedirectToPage("Edit", new { id });
        }
        catch (InputValidationException e)
        {
            foreach (var (field, message) in e.Errors)
            {
                ModelState.AddModelError(field, message);
            }
            Input = DocumentFormInput.From(Document);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveRelationAsync(int id, int relationId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        await registry.RemoveRelationAsync(Document, relationId, ct);
        TempData["Flash"] = "Đã gỡ liên kết.";
        return RedirectToPage("Edit", new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied)
        {
            return denied;
        }
        try
        {
            await registry.DeleteAsync(Document, ct);
            TempData["Flash"] = $"Đã xóa văn bản {Document.Code}.";
            return RedirectToPage("Index");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            Input = DocumentFormInput.From(Document);
            return Page();
        }
    }

    /// <summary>Loads the document; null when the person may manage it, else the result to answer with.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var document = await db.Documents.Include(d => d.AudienceUnits).FirstOrDefaultAsync(d => d.Id == id && d.PortalId == portal.Id, ct);
        if (document is null)
        {
            return NotFound();
        }
        if (!await DocumentAdmin.CanManageAsync(db, authorization, User, document.OwnerUnitId, ct))
        {
            return Forbid();
        }
        Document = document;
        Options = await DocumentAdmin.OptionsAsync(db, User, ct, document);
        Detail = (await library.FindAsync(portal.Id, await readers.ForAsync(User, ct), id, ct))!;
        return null;
    }
}

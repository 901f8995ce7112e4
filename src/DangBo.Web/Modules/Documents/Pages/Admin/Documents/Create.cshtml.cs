using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Documents.Pages.Admin.Documents;

// Uploads over the configured limit must reach the handler to be refused with a message, not cut off by the server.
[RequestSizeLimit(DocumentPages.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentPages.MaxRequestBytes)]
public sealed class CreateModel(DangBoDbContext db, DocumentRegistry registry, DocumentFileStore store, CurrentPortal currentPortal,
    IAuthorizationService authorization) : PageModel, IDocumentFormPage
{
    [BindProperty] public DocumentFormInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public DocumentFormOptions Options { get; private set; } = null!;
    public DocumentAdvice Advice { get; private set; } = DocumentAdvice.None;
    public string SizeLimit => store.SizeLimitText;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Options = await DocumentAdmin.OptionsAsync(db, User, ct);
        Input.OwnerUnitId = Options.OwnerUnits.FirstOrDefault()?.Id ?? 0;
        Input.IssuerUnitId = Input.OwnerUnitId == 0 ? null : Input.OwnerUnitId;
    }

    /// <summary>Reads the code and fills in the type and issuer it names, without saving (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        Options = await DocumentAdmin.OptionsAsync(db, User, ct);
        Advice = await registry.AdviseAsync(Input.ToInput(), null, ct);
        ModelState.Clear();
        DocumentPages.ApplySuggestions(Input, Advice);
        Advice = await registry.AdviseAsync(Input.ToInput(), null, ct);
        if (Advice.ParseError is { } error)
        {
            ModelState.AddModelError("Input.Code", error);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Options = await DocumentAdmin.OptionsAsync(db, User, ct);
        if (!await DocumentAdmin.CanManageAsync(db, authorization, User, Input.OwnerUnitId, ct))
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var uploads = new List<DocumentUpload>();
            foreach (var file in Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
            {
                uploads.Add(new DocumentUpload(await store.ReadUploadAsync(file, ct), file.FileName));
            }
            var portal = await currentPortal.GetAsync(ct);
            var result = await registry.CreateAsync(portal.Id, Input.ToInput(), uploads, Input.AcceptWarnings, ct);
            Advice = result.Advice;
            if (result.Saved is not { } saved)
            {
                ModelState.AddModelError("", "Văn bản chưa được lưu: hãy xem các cảnh báo bên dưới." + (uploads.Count > 0 ? " Tệp đính kèm cần chọn lại." : ""));
                return Page();
            }
            TempData["Flash"] = $"Đã đăng ký văn bản {saved.Code}.";
            return RedirectToPage("Edit", new { id = saved.Id });
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Files", e.Message);
        }
        Advice = await registry.AdviseAsync(Input.ToInput(), null, ct);
        return Page();
    }
}

public static class DocumentPages
{
    /// <summary>The request may carry several files; each is checked against the (smaller) per-file limit with a message.</summary>
    public const long MaxRequestBytes = 200L * 1024 * 1024;

    public static void ApplySuggestions(DocumentFormInput input, DocumentAdvice advice)
    {
        if (input.DocumentTypeId is null && advice.SuggestedTypeId is { } typeId)
        {
            input.DocumentTypeId = typeId;
        }
        if (advice.SuggestedIssuerUnitId is { } unitId && string.IsNullOrWhiteSpace(input.IssuerName) && (input.IssuerUnitId is null || advice.Warnings.Count > 0))
        {
            input.IssuerUnitId = unitId;
        }
        else if (advice.SuggestedIssuerUnitId is null && advice.SuggestedIssuerName is { } name && string.IsNullOrWhiteSpace(input.IssuerName))
        {
            input.IssuerUnitId = null;
            input.IssuerName = name;
        }
        if (advice.Parsed is { } parsed)
        {
            input.Code = parsed.Normalized;
        }
    }
}

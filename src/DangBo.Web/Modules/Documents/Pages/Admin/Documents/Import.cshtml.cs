using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Documents.Pages.Admin.Documents;

[RequestSizeLimit(DocumentPages.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DocumentPages.MaxRequestBytes)]
public sealed class ImportModel(DangBoDbContext db, DocumentImporter importer, DocumentFileStore store, CurrentPortal currentPortal,
    IAuthorizationService authorization) : PageModel
{
    [BindProperty] public int OwnerUnitId { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<UnitOption> OwnerUnits { get; private set; } = [];
    public ImportReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => OwnerUnits = (await DocumentAdmin.OptionsAsync(db, User, ct)).OwnerUnits;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        OwnerUnits = (await DocumentAdmin.OptionsAsync(db, User, ct)).OwnerUnits;
        if (!await DocumentAdmin.CanManageAsync(db, authorization, User, OwnerUnitId, ct))
        {
            return Forbid();
        }
        ModelState.Clear();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Chọn tệp .xlsx hoặc .jsonl để nhập.");
            return Page();
        }
        try
        {
            var bytes = await store.ReadUploadAsync(Upload, ct);
            var portal = await currentPortal.GetAsync(ct);
            Report = await importer.ImportAsync(portal.Id, OwnerUnitId, Upload.FileName, bytes, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }
        return Page();
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Pages.Admin.Documents;
using DangBo.Web.Modules.Documents.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Documents.Pages.Admin.CommitteeTerms;

public sealed class CreateModel(DangBoDbContext db, DocumentCatalogue catalogue, IAuthorizationService authorization) : PageModel, ICommitteeTermFormPage
{
    [BindProperty] public CommitteeTermFormInput Input { get; set; } = new();

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await CommitteeTermAdmin.UnitsAsync(db, User, ct);
        Input.UnitId = Units.FirstOrDefault()?.Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await CommitteeTermAdmin.UnitsAsync(db, User, ct);
        if (Input.UnitId is { } unitId && !await CommitteeTermAdmin.CanManageAsync(db, authorization, User, unitId, ct))
        {
            return Forbid();
        }
        ModelState.Clear();
        try
        {
            var term = await catalogue.SaveTermAsync(null, Input.ToInput(), ct);
            TempData["Flash"] = $"Đã thêm {term.Name}.";
            return RedirectToPage("Index");
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.StaticPages;

public sealed class CreateModel(DangBoDbContext db, StructureEditor editor, CurrentPortal currentPortal) : PageModel, IStaticPageFormPage
{
    [BindProperty]
    public StaticPageFormInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Input.SortOrder = await db.StaticPages.Where(p => p.PortalId == portal.Id).MaxAsync(p => (int?)p.SortOrder, ct) + 1 ?? 1;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (ModelState.IsValid)
        {
            try
            {
                var page = await editor.SaveStaticPageAsync(portal.Id, null, Input.ToInput(), ct);
                TempData["Flash"] = $"Đã thêm trang {page.Title}.";
                return RedirectToPage("Index");
            }
            catch (InputValidationException e)
            {
                ModelState.AddErrors("Input.", e);
            }
        }
        return Page();
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Pages.Admin.HomeBlocks;

public sealed class CreateModel(DangBoDbContext db, PortalStructureEditor editor, CurrentPortal currentPortal) : PageModel, IHomeBlockFormPage
{
    [BindProperty]
    public HomeBlockFormInput Input { get; set; } = new();

    public IReadOnlyList<OptionItem> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Input.SortOrder = await db.HomeBlocks.Where(b => b.PortalId == portal.Id).MaxAsync(b => (int?)b.SortOrder, ct) + 1 ?? 1;
        (Categories, _) = await ArticleForms.OptionsAsync(db, portal.Id, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (ModelState.IsValid)
        {
            try
            {
                await editor.SaveHomeBlockAsync(portal.Id, null, Input.ToInput(), ct);
                TempData["Flash"] = "Đã thêm khối trang chủ.";
                return RedirectToPage("Index");
            }
            catch (InputValidationException e)
            {
                ModelState.AddErrors("Input.", e);
            }
        }
        (Categories, _) = await ArticleForms.OptionsAsync(db, portal.Id, ct);
        return Page();
    }
}

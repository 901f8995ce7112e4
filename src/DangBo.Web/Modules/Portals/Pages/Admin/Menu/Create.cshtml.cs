using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Pages.Admin.Menu;

public sealed class CreateModel(DangBoDbContext db, PortalStructureEditor editor, CurrentPortal currentPortal) : PageModel, IMenuItemFormPage
{
    [BindProperty]
    public MenuItemFormInput Input { get; set; } = new();

    public IReadOnlyList<OptionItem> Parents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Input.SortOrder = await db.MenuItems.Where(m => m.PortalId == portal.Id && m.ParentId == null).MaxAsync(m => (int?)m.SortOrder, ct) + 1 ?? 1;
        Parents = await MenuForms.ParentsAsync(db, portal.Id, null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (ModelState.IsValid)
        {
            try
            {
                var item = await editor.SaveMenuItemAsync(portal.Id, null, Input.ToInput(), ct);
                TempData["Flash"] = $"Đã thêm mục menu {item.Title}.";
                return RedirectToPage("Index");
            }
            catch (InputValidationException e)
            {
                ModelState.AddErrors("Input.", e);
            }
        }
        Parents = await MenuForms.ParentsAsync(db, portal.Id, null, ct);
        return Page();
    }
}

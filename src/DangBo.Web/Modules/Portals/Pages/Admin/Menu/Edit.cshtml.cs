using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Pages.Admin.Menu;

public sealed class EditModel(DangBoDbContext db, PortalStructureEditor editor, CurrentPortal currentPortal) : PageModel, IMenuItemFormPage
{
    [BindProperty]
    public MenuItemFormInput Input { get; set; } = new();

    public IReadOnlyList<OptionItem> Parents { get; private set; } = [];
    public MenuItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = MenuItemFormInput.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            try
            {
                await editor.SaveMenuItemAsync(Item.PortalId, Item, Input.ToInput(), ct);
                TempData["Flash"] = "Đã lưu mục menu.";
                return RedirectToPage("Index");
            }
            catch (InputValidationException e)
            {
                ModelState.AddErrors("Input.", e);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        await editor.DeleteMenuItemAsync(Item, ct);
        TempData["Flash"] = $"Đã xóa mục menu {Item.Title}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var item = await db.MenuItems.FirstOrDefaultAsync(m => m.Id == id && m.PortalId == portal.Id, ct);
        if (item is null)
        {
            return false;
        }
        Item = item;
        Parents = await MenuForms.ParentsAsync(db, portal.Id, id, ct);
        return true;
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.StaticPages;

public sealed class EditModel(DangBoDbContext db, StructureEditor editor, CurrentPortal currentPortal) : PageModel, IStaticPageFormPage
{
    [BindProperty]
    public StaticPageFormInput Input { get; set; } = new();

    public StaticPage StaticPage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = StaticPageFormInput.From(StaticPage);
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
                await editor.SaveStaticPageAsync(StaticPage.PortalId, StaticPage, Input.ToInput(), ct);
                TempData["Flash"] = "Đã lưu trang.";
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
        await editor.DeleteStaticPageAsync(StaticPage, ct);
        TempData["Flash"] = $"Đã xóa trang {StaticPage.Title}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        StaticPage = (await db.StaticPages.FirstOrDefaultAsync(p => p.Id == id && p.PortalId == portal.Id, ct))!;
        return StaticPage is not null;
    }
}

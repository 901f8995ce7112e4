using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Portals.Pages.Admin.HomeBlocks;

public sealed class EditModel(DangBoDbContext db, PortalStructureEditor editor, CurrentPortal currentPortal) : PageModel, IHomeBlockFormPage
{
    [BindProperty]
    public HomeBlockFormInput Input { get; set; } = new();

    public IReadOnlyList<OptionItem> Categories { get; private set; } = [];
    public HomeBlock Block { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = HomeBlockFormInput.From(Block);
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
                await editor.SaveHomeBlockAsync(Block.PortalId, Block, Input.ToInput(), ct);
                TempData["Flash"] = "Đã lưu khối trang chủ.";
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
        await editor.DeleteHomeBlockAsync(Block, ct);
        TempData["Flash"] = "Đã xóa khối trang chủ.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var block = await db.HomeBlocks.FirstOrDefaultAsync(b => b.Id == id && b.PortalId == portal.Id, ct);
        if (block is null)
        {
            return false;
        }
        Block = block;
        (Categories, _) = await ArticleForms.OptionsAsync(db, portal.Id, ct);
        return true;
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Categories;

public sealed class EditModel(DangBoDbContext db, StructureEditor editor, CurrentPortal currentPortal) : PageModel, ICategoryFormPage
{
    [BindProperty]
    public CategoryFormInput Input { get; set; } = new();

    public IReadOnlyList<OptionItem> Parents { get; private set; } = [];
    public Category Category { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = CategoryFormInput.From(Category);
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
                await editor.SaveCategoryAsync(Category.PortalId, Category, Input.ToInput(), ct);
                TempData["Flash"] = "Đã lưu chuyên mục.";
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
        try
        {
            await editor.DeleteCategoryAsync(Category, ct);
            TempData["Flash"] = $"Đã xóa chuyên mục {Category.Name}.";
            return RedirectToPage("Index");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            Input = CategoryFormInput.From(Category);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id && c.PortalId == portal.Id, ct);
        if (category is null)
        {
            return false;
        }
        Category = category;
        Parents = (await ArticleForms.OptionsAsync(db, portal.Id, ct)).Categories.Where(c => c.Id != id).ToList();
        return true;
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Categories;

public sealed class CreateModel(DangBoDbContext db, StructureEditor editor, CurrentPortal currentPortal) : PageModel, ICategoryFormPage
{
    [BindProperty]
    public CategoryFormInput Input { get; set; } = new();

    public IReadOnlyList<OptionItem> Parents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Input.SortOrder = await db.Categories.Where(c => c.PortalId == portal.Id).MaxAsync(c => (int?)c.SortOrder, ct) + 1 ?? 1;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (ModelState.IsValid)
        {
            try
            {
                var category = await editor.SaveCategoryAsync(portal.Id, null, Input.ToInput(), ct);
                TempData["Flash"] = $"Đã thêm chuyên mục {category.Name}.";
                return RedirectToPage("Index");
            }
            catch (InputValidationException e)
            {
                ModelState.AddErrors("Input.", e);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        (Parents, _) = await ArticleForms.OptionsAsync(db, portal.Id, ct);
    }
}

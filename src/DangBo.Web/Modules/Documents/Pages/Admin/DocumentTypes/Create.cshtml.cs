using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.DocumentTypes;

public sealed class CreateModel(DangBoDbContext db, DocumentCatalogue catalogue) : PageModel, IDocumentTypeFormPage
{
    [BindProperty] public DocumentTypeFormInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) =>
        Input.SortOrder = Math.Min(DocumentCatalogue.MaxSortOrder, (await db.DocumentTypes.MaxAsync(t => (int?)t.SortOrder, ct) ?? 0) + 1)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var type = await catalogue.SaveTypeAsync(null, Input.ToInput(), ct);
            TempData["Flash"] = $"Đã thêm loại văn bản {type.Name}.";
            return RedirectToPage("Index");
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
    }
}

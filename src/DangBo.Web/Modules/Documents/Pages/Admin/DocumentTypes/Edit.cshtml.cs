using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.DocumentTypes;

public sealed class EditModel(DangBoDbContext db, DocumentCatalogue catalogue) : PageModel, IDocumentTypeFormPage
{
    [BindProperty] public DocumentTypeFormInput Input { get; set; } = new();

    public DocumentType Type { get; private set; } = null!;
    public int DocumentCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = DocumentTypeFormInput.From(Type);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        try
        {
            await catalogue.SaveTypeAsync(Type, Input.ToInput(), ct);
            TempData["Flash"] = "Đã lưu loại văn bản.";
            return RedirectToPage("Index");
        }
        catch (InputValidationException e)
        {
            ModelState.AddErrors("Input.", e);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        await catalogue.SetTypeActiveAsync(Type, active, ct);
        TempData["Flash"] = active ? $"Đã dùng lại loại văn bản {Type.Name}." : $"Đã ngừng sử dụng loại văn bản {Type.Name}.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        try
        {
            await catalogue.DeleteTypeAsync(Type, ct);
            TempData["Flash"] = $"Đã xóa loại văn bản {Type.Name}.";
            return RedirectToPage("Index");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            Input = DocumentTypeFormInput.From(Type);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var type = await db.DocumentTypes.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (type is null)
        {
            return false;
        }
        Type = type;
        DocumentCount = await db.Documents.CountAsync(d => d.DocumentTypeId == id, ct);
        return true;
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Topics;

public sealed class EditModel(DangBoDbContext db, StructureEditor editor, CurrentPortal currentPortal) : PageModel, ITopicFormPage
{
    [BindProperty]
    public TopicFormInput Input { get; set; } = new();

    public Topic Topic { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = TopicFormInput.From(Topic);
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
                await editor.SaveTopicAsync(Topic.PortalId, Topic, Input.ToInput(), ct);
                TempData["Flash"] = "Đã lưu chuyên đề.";
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
        await editor.DeleteTopicAsync(Topic, ct);
        TempData["Flash"] = $"Đã xóa chuyên đề {Topic.Name}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Topic = (await db.Topics.FirstOrDefaultAsync(t => t.Id == id && t.PortalId == portal.Id, ct))!;
        return Topic is not null;
    }
}

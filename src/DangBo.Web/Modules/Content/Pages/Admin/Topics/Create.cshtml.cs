using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Topics;

public sealed class CreateModel(DangBoDbContext db, StructureEditor editor, CurrentPortal currentPortal) : PageModel, ITopicFormPage
{
    [BindProperty]
    public TopicFormInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Input.SortOrder = await db.Topics.Where(t => t.PortalId == portal.Id).MaxAsync(t => (int?)t.SortOrder, ct) + 1 ?? 1;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (ModelState.IsValid)
        {
            try
            {
                var topic = await editor.SaveTopicAsync(portal.Id, null, Input.ToInput(), ct);
                TempData["Flash"] = $"Đã thêm chuyên đề {topic.Name}.";
                return RedirectToPage("Index");
            }
            catch (InputValidationException e)
            {
                ModelState.AddErrors("Input.", e);
            }
        }
        return Page();
    }
}

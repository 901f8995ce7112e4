using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

public sealed class CreateModel(DangBoDbContext db, ArticleDesk desk, CurrentPortal currentPortal) : PageModel, IArticleFormPage
{
    [BindProperty]
    public ArticleFormInput Input { get; set; } = new();

    public ArticleFormView Form { get; private set; } = null!;

    public int Version => 0;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadFormAsync(ct);
        Input.Author = User.FindFirst(Accounts.Services.AccountClaims.FullName)?.Value;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(then: null, ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => SaveAsync(ArticleTransitionKind.Submit, ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => SaveAsync(ArticleTransitionKind.Approve, ct);

    private async Task<IActionResult> SaveAsync(ArticleTransitionKind? then, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var actor = User.ForPortal(portal);
        // Refused before anything is validated or written, so a hand-made post leaves no draft behind.
        if (then is { } kind && EditorialWorkflow.Allowed(ArticleStatus.Draft, portal.ReviewSteps, actor).All(r => r.Kind != kind))
        {
            return Forbid();
        }
        try
        {
            var article = await desk.CreateAsync(portal, Input.ToArticleInput(), Input.CoverUpload, then, actor, ct);
            TempData["Flash"] = then switch
            {
                ArticleTransitionKind.Submit => "Đã lưu và gửi tin bài để duyệt.",
                ArticleTransitionKind.Approve => "Đã xuất bản tin bài.",
                _ => "Đã lưu bản nháp.",
            };
            return RedirectToPage("Edit", new { id = article.Id });
        }
        catch (WorkflowPermissionException)
        {
            return Forbid();
        }
        catch (ArticleValidationException e)
        {
            ArticleForms.AddErrors(ModelState, e);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await LoadFormAsync(ct);
        return Page();
    }

    private async Task LoadFormAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var (categories, topics) = await ArticleForms.OptionsAsync(db, portal.Id, ct);
        var (_, canSubmit, canPublish, _) = ArticleForms.Abilities(ArticleStatus.Draft, portal.ReviewSteps, User.ForPortal(portal));
        Form = new ArticleFormView
        {
            Categories = categories,
            Topics = topics,
            ReviewSteps = portal.ReviewSteps,
            CanSubmit = canSubmit,
            CanPublish = canPublish,
        };
    }
}

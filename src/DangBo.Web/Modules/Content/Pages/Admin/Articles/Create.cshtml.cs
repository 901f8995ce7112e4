using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

public sealed class CreateModel(DangBoDbContext db, ArticleDesk desk, CurrentPortal currentPortal, IAuthorizationService authorization, UserManager<UserAccount> users) : PageModel, IArticleFormPage
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

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => SaveAsync(publish: true, ct);

    private async Task<IActionResult> SaveAsync(bool publish, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (publish && !await ArticleForms.CanPublishAsync(authorization, User, portal))
        {
            return Forbid();
        }
        try
        {
            var article = await desk.CreateAsync(portal.Id, Input.ToArticleInput(), Input.CoverUpload, publish, users.GetUserId(User), ct);
            TempData["Flash"] = publish ? "Đã xuất bản tin bài." : "Đã lưu bản nháp.";
            return RedirectToPage("Edit", new { id = article.Id });
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
        Form = new ArticleFormView
        {
            Categories = categories,
            Topics = topics,
            CanPublish = await ArticleForms.CanPublishAsync(authorization, User, portal),
        };
    }
}

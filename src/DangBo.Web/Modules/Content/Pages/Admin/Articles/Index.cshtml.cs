using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "chuyen-muc")]
    public int? CategoryId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Articles { get; private set; } = [];
    public IReadOnlyList<OptionItem> Categories { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public sealed record Row(int Id, string Title, string CategoryName, ArticleStatus Status, DateTime UpdatedAt, DateTime? PublishedAt, bool IsFeatured, long ViewCount);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        (Categories, _) = await ArticleForms.OptionsAsync(db, portal.Id, ct);
        var query = db.Articles.AsNoTracking().Where(a => a.PortalId == portal.Id);
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (CategoryId is { } categoryId)
        {
            query = query.Where(a => a.CategoryId == categoryId);
        }
        var term = VietnameseText.Clean(Query).ToLowerInvariant();
        if (term.Length > 0)
        {
            query = query.Where(a => a.Title.ToLower().Contains(term));
        }
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Articles = await query
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Title, a.Category!.Name, a.Status, a.UpdatedAt, a.PublishedAt, a.IsFeatured, a.ViewCount))
            .ToListAsync(ct);
    }

    /// <summary>The list's address with the current filters and another page number.</summary>
    public string? PageUrl(int page) => Url.Page("Index", new Dictionary<string, object?>
    {
        ["trang-thai"] = Status, ["chuyen-muc"] = CategoryId, ["q"] = string.IsNullOrWhiteSpace(Query) ? null : Query, ["trang"] = page > 1 ? page : null,
    });
}

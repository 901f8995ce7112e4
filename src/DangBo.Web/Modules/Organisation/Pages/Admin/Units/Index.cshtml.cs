using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Pages.Admin.Units;

/// <summary>
/// The tree one level at a time: the units directly under <see cref="ParentId"/> (or the units the person administers),
/// a page of <see cref="UnitPages.PageSize"/> at a time, or the units of the person's subtrees whose name matches a search.
/// </summary>
public sealed class IndexModel(DangBoDbContext db, IAuthorizationService authorization, UnitHistory history) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cha")]
    public int? ParentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "dong")]
    public bool ShowClosed { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public OrganisationUnit? Parent { get; private set; }
    public IReadOnlyList<(int Id, string Name, bool Link)> Ancestors { get; private set; } = [];
    public IReadOnlyList<UnitRow> Units { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages => Math.Max(1, (Total + UnitPages.PageSize - 1) / UnitPages.PageSize);
    public DateOnly Today => history.Today;
    public bool IsSearch => VietnameseText.Clean(Query).Length > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var today = history.Today;
        var tops = await UnitPages.TopUnitsAsync(db, User, ct);
        IQueryable<OrganisationUnit> query;
        if (ParentId is { } parentId)
        {
            Parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, ct);
            if (Parent is null)
            {
                return NotFound();
            }
            if (!await UnitPages.MayManageAsync(authorization, User, Parent))
            {
                return Forbid();
            }
            var ancestorIds = UnitPages.AncestorIds(Parent.Path);
            var ancestors = await db.Units.AsNoTracking().Where(u => ancestorIds.Contains(u.Id)).ToListAsync(ct);
            var list = new List<(int, string, bool)>();
            foreach (var a in ancestors.OrderBy(a => a.Path.Length))
            {
                list.Add((a.Id, a.Name, await UnitPages.MayManageAsync(authorization, User, a)));
            }
            Ancestors = list;
            query = db.Units.AsNoTracking().Where(u => u.ParentId == parentId);
        }
        else if (IsSearch)
        {
            var paths = tops.Select(t => t.Path).ToList();
            var term = VietnameseText.Clean(Query).ToLowerInvariant();
        // Databases lower-case only ASCII letters: the folded slug finds "Đông" when the name comparison cannot.
        var folded = SlugGenerator.From(term);
            query = db.Units.AsNoTracking().Where(u => u.Name.ToLower().Contains(term) || u.Slug.Contains(folded));
            query = UnitPages.WithinAny(query, paths);
        }
        else
        {
            var ids = tops.Select(t => t.Id).ToList();
            query = db.Units.AsNoTracking().Where(u => ids.Contains(u.Id));
        }
        if (!ShowClosed)
        {
            query = query.Where(u => u.ValidTo == null || u.ValidTo >= today);
        }
        Total = await query.CountAsync(ct);
        PageNumber = Math.Min(PageNumber, TotalPages);
        Units = await UnitPages.RowsAsync(query.OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Skip((PageNumber - 1) * UnitPages.PageSize).Take(UnitPages.PageSize), ct);
        return Page();
    }

    public string PageUrl(int page) => Url.Page("Index", new { cha = ParentId, q = Query, dong = ShowClosed ? true : (bool?)null, trang = page })!;
}

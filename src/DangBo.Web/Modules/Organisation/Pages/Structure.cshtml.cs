using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Organisation.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using DangBo.Web.Infrastructure.Web.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Pages;

public sealed record LeaderView(int UnitId, string FullName, string Position, CommitteeBody Body, string? PhotoPath, string? ShortBio, int SortOrder)
{
    public string Photo => string.IsNullOrEmpty(PhotoPath) ? "/img/nguoi.svg" : PhotoPath;
}

public sealed record UnitView(int Id, UnitKind Kind, string Name, string? DescriptionHtml, string? Address, string? Phone, string? Email,
    IReadOnlyList<LeaderView> Leaders);

/// <summary>
/// The organisation structure of the portal's unit: its leading bodies (standing office, standing board,
/// executive committee, each including the smaller ones), then its advisory boards and subordinate committees.
/// </summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class StructureModel(CurrentPortal currentPortal, DangBoDbContext db, TimeProvider clock) : PageModel
{
    public string UnitName { get; private set; } = "";
    /// <summary>"Tỉnh ủy" for the province, "Đảng ủy" below it: the name the bodies carry.</summary>
    public string CommitteeName { get; private set; } = "";
    public string? DescriptionHtml { get; private set; }
    public IReadOnlyList<LeaderView> StandingOffice { get; private set; } = [];
    public IReadOnlyList<LeaderView> StandingBoard { get; private set; } = [];
    public IReadOnlyList<LeaderView> ExecutiveCommittee { get; private set; } = [];
    public IReadOnlyList<UnitView> AdvisoryBoards { get; private set; } = [];
    public IReadOnlyList<UnitView> SubordinateCommittees { get; private set; } = [];

    [ViewData] public string Title { get; set; } = "Cơ cấu tổ chức";

    /// <summary>Subordinate committees shown per page: a province has hundreds of communes, wards and affiliated committees.</summary>
    public const int CommitteesPerPage = 24;

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public int CommitteeCount { get; private set; }
    public int TotalPages => Math.Max(1, (CommitteeCount + CommitteesPerPage - 1) / CommitteesPerPage);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        HttpContext.TagResponse(CacheTags.Organisation);
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == portal.UnitId)
            .Select(u => new { u.Id, u.Kind, u.Name, u.Path, u.DescriptionHtml })
            .FirstAsync(ct);
        // Closed and merged units keep their rows (history) but leave the current structure.
        var current = db.Units.AsNoTracking()
            .ActiveOn(today).Where(u => u.ParentId == unit.Id);
        var boards = await current.Where(u => u.Kind == UnitKind.AdvisoryBoard)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToListAsync(ct);
        var committees = current.Where(u => u.Kind != UnitKind.AdvisoryBoard);
        CommitteeCount = await committees.CountAsync(ct);
        if (PageNumber < 1 || PageNumber > TotalPages)
        {
            return NotFound();
        }
        var pageOfCommittees = await committees.OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Skip((PageNumber - 1) * CommitteesPerPage).Take(CommitteesPerPage).ToListAsync(ct);
        var shownIds = boards.Concat(pageOfCommittees).Select(u => u.Id).ToList();
        // Members of the leading bodies may work anywhere in the subtree (a board head sits in the standing board).
        var leaders = await db.Leaders.AsNoTracking()
            .Where(l => l.Unit!.Path.StartsWith(unit.Path) && (l.Unit.ValidTo == null || l.Unit.ValidTo >= today)
                && (l.Body <= CommitteeBody.ExecutiveCommittee || l.UnitId == unit.Id || shownIds.Contains(l.UnitId)))
            .OrderBy(l => l.Body).ThenBy(l => l.SortOrder).ThenBy(l => l.FullName)
            .Select(l => new LeaderView(l.UnitId, l.FullName, l.Position, l.Body, l.PhotoPath, l.ShortBio, l.SortOrder))
            .ToListAsync(ct);

        UnitName = unit.Name;
        CommitteeName = unit.Kind == UnitKind.ProvincialCommittee ? "Tỉnh ủy" : "Đảng ủy";
        DescriptionHtml = unit.DescriptionHtml;
        StandingOffice = leaders.Where(l => l.Body == CommitteeBody.StandingOffice).ToList();
        StandingBoard = leaders.Where(l => l.Body <= CommitteeBody.StandingBoard).ToList();
        ExecutiveCommittee = leaders.Where(l => l.Body <= CommitteeBody.ExecutiveCommittee).ToList();

        UnitView View(OrganisationUnit u) => new(u.Id, u.Kind, u.Name, u.DescriptionHtml, u.Address, u.Phone, u.Email,
            leaders.Where(l => l.UnitId == u.Id).OrderBy(l => l.SortOrder).ThenBy(l => l.FullName).ToList());
        AdvisoryBoards = boards.Select(View).ToList();
        SubordinateCommittees = pageOfCommittees.Select(View).ToList();
        return Page();
    }

    public string PageUrl(int page) => page <= 1 ? ContentUrls.Organisation : $"{ContentUrls.Organisation}?trang={page}#dang-bo-truc-thuoc";
}

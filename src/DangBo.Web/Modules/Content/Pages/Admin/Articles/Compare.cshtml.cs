using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

/// <summary>Two revisions of an article side by side, word by word.</summary>
public sealed class CompareModel(DangBoDbContext db, CurrentPortal currentPortal) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")]
    public int From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public int To { get; set; }

    public int ArticleId { get; private set; }
    public ArticleRevision Older { get; private set; } = null!;
    public ArticleRevision Newer { get; private set; } = null!;
    public RevisionComparisonResult Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        if (!await db.Articles.AnyAsync(a => a.Id == id && a.PortalId == portal.Id, ct))
        {
            return NotFound();
        }
        var (low, high) = From <= To ? (From, To) : (To, From);
        var pair = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id && (r.Number == low || r.Number == high)).ToListAsync(ct);
        if (pair.FirstOrDefault(r => r.Number == low) is not { } older || pair.FirstOrDefault(r => r.Number == high) is not { } newer)
        {
            return NotFound();
        }
        var categories = await db.Categories.AsNoTracking().Where(c => c.Id == older.CategoryId || c.Id == newer.CategoryId).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var topicIds = older.TopicIdList.Concat(newer.TopicIdList).Distinct().ToList();
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        (ArticleId, Older, Newer) = (id, older, newer);
        Result = RevisionComparison.Compare(older, newer,
            c => categories.GetValueOrDefault(c, "(đã xóa)"),
            ids => string.Join(", ", ids.Select(t => topics.GetValueOrDefault(t, "(đã xóa)"))));
        return Page();
    }
}

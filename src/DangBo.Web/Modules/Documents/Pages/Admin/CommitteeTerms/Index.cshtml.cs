using DangBo.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.CommitteeTerms;

/// <summary>The terms of the committees whose catalogue the person keeps.</summary>
public sealed class IndexModel(DangBoDbContext db) : PageModel
{
    public sealed record Row(int Id, string UnitName, string Name, DateOnly StartsOn, DateOnly? EndsOn, bool IsActive, int DocumentCount);

    public IReadOnlyList<Row> Terms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var units = (await CommitteeTermAdmin.UnitsAsync(db, User, ct)).Select(u => u.Id).ToList();
        Terms = await db.CommitteeTerms.AsNoTracking().Where(t => units.Contains(t.UnitId))
            .OrderBy(t => t.Unit!.Path.Length).ThenBy(t => t.Unit!.Name).ThenByDescending(t => t.StartsOn)
            .Select(t => new Row(t.Id, t.Unit!.Name, t.Name, t.StartsOn, t.EndsOn, t.IsActive, db.Documents.Count(d => d.CommitteeTermId == t.Id)))
            .ToListAsync(ct);
    }
}

using DangBo.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.DocumentTypes;

public sealed class IndexModel(DangBoDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Abbreviations, int SortOrder, bool IsActive, int DocumentCount);

    public IReadOnlyList<Row> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Types = await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new Row(t.Id, t.Name, t.Abbreviations, t.SortOrder, t.IsActive, db.Documents.Count(d => d.DocumentTypeId == t.Id)))
            .ToListAsync(ct);
}

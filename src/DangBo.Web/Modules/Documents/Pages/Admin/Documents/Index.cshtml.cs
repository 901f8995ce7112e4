using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Pages;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.Documents;

/// <summary>The documents of the units the person manages, with the library's filters, and their export to .xlsx.</summary>
public sealed class IndexModel(DangBoDbContext db, CurrentPortal currentPortal, DocumentLibrary library) : PageModel
{
    [FromQuery(Name = "loai")] public int? TypeId { get; set; }
    [FromQuery(Name = "nam")] public int? Year { get; set; }
    [FromQuery(Name = "nhiem-ky")] public int? TermId { get; set; }
    [FromQuery(Name = "tinh-trang")] public DocumentStatus? Status { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }

    public PagedList<DocumentCard> Documents { get; private set; } = null!;
    public IReadOnlyList<DocumentType> Types { get; private set; } = [];
    public IReadOnlyList<CommitteeTerm> Terms { get; private set; } = [];

    private DocumentFilter Filter => new(TypeId, null, null, Year, TermId, Status, Query);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = PageNumber.QueryName)] string? page, CancellationToken ct)
    {
        ModelState.Clear();
        var pageNumber = PageNumber.Parse(page) ?? 1;
        var query = library.Filtered(await ManagedAsync(ct), Filter);
        var total = await query.CountAsync(ct);
        pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (total + DocumentLibrary.PageSize - 1) / DocumentLibrary.PageSize));
        var items = await library.AllAsync(query.Skip((pageNumber - 1) * DocumentLibrary.PageSize).Take(DocumentLibrary.PageSize), ct);
        Documents = new PagedList<DocumentCard>(items, pageNumber, DocumentLibrary.PageSize, total);
        Types = await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        Terms = await db.CommitteeTerms.AsNoTracking().Include(t => t.Unit)
            .OrderBy(t => t.Unit!.Path.Length).ThenBy(t => t.Unit!.Name).ThenByDescending(t => t.StartsOn).ToListAsync(ct);
        return Page();
    }

    /// <summary>The filtered list as a spreadsheet with the import columns, so it can be edited and imported back.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var query = library.Filtered(await ManagedAsync(ct), Filter);
        var cards = await library.AllAsync(query.Take(DocumentImporter.MaxRows), ct);
        var ids = cards.Select(c => c.Id).ToList();
        var extra = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id, d.SignerName, d.SignerPosition, d.ExpiresOn, d.Visibility, d.EffectiveOn,
                Units = d.AudienceUnits.Select(a => a.Unit!.Slug).ToList(),
            })
            .ToDictionaryAsync(d => d.Id, ct);
        var rows = cards.Select(c =>
        {
            var x = extra[c.Id];
            return (c, new DocumentRow(c.TypeName, c.Code, c.Issuer, x.SignerName, x.SignerPosition, c.IssuedOn.ToString("dd/MM/yyyy"),
                x.EffectiveOn?.ToString("dd/MM/yyyy"), x.ExpiresOn?.ToString("dd/MM/yyyy"), c.Summary, c.Field, c.TermName,
                DocumentImporter.VisibilityWord(x.Visibility), string.Join(";", x.Units)));
        });
        return File(DocumentImporter.Export(rows), DocumentFileInspector.Xlsx.ContentType, "danh-sach-van-ban.xlsx");
    }

    public string PageUrl(int page, string? handler = null) => Url.Page("Index", handler, new Dictionary<string, object?>
    {
        ["loai"] = TypeId, ["nam"] = Year, ["nhiem-ky"] = TermId, ["tinh-trang"] = Status,
        ["q"] = string.IsNullOrWhiteSpace(Query) ? null : Query, ["trang"] = page > 1 ? page : null,
    })!;

    private async Task<IQueryable<Document>> ManagedAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        var units = (await DocumentAdmin.OptionsAsync(db, User, ct)).OwnerUnits.Select(u => u.Id).ToList();
        return db.Documents.AsNoTracking().Where(d => d.PortalId == portal.Id && units.Contains(d.OwnerUnitId));
    }
}

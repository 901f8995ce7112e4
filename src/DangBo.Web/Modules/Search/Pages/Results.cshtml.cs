using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Modules.Search.Models;
using DangBo.Web.Modules.Search.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Pages;

public sealed class ResultsModel(CurrentPortal currentPortal, DangBoDbContext db, DocumentReaders readers, ReaderSearch search) : PageModel
{
    /// <summary>Units offered by the unit filter: the portal's unit and two levels below it (communes, boards), not every cell.</summary>
    private const int UnitFilterDepth = 2;

    public sealed record CategoryOption(string Slug, string Name);
    public sealed record UnitOption(string Slug, string Name, int Depth);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "chuyen-muc")] public string? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "tu-ngay")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den-ngay")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public string? PageNumber { get; set; }
    [BindProperty(SupportsGet = true, Name = "don-vi")] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai-van-ban")] public string? DocumentType { get; set; }

    public SearchOutcome Outcome { get; private set; } = null!;
    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];
    public IReadOnlyList<CategoryOption> DocumentTypes { get; private set; } = [];
    public IReadOnlyList<string> Types => SearchTypes.All;

    [ViewData] public string? Title { get; set; }
    [ViewData] public bool NoIndex { get; set; } = true;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Categories = await db.Categories.AsNoTracking().Where(c => c.PortalId == portal.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => new CategoryOption(c.Slug, c.Name)).ToListAsync(ct);
        var portalUnit = await db.Units.AsNoTracking().Where(u => u.Id == portal.UnitId).Select(u => new { u.Path }).FirstAsync(ct);
        var depth = portalUnit.Path.Count(c => c == '/');
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(portalUnit.Path))
            .Select(u => new { u.Slug, u.Name, u.Path }).ToListAsync(ct);
        Units = units.Select(u => new UnitOption(u.Slug, u.Name, u.Path.Count(c => c == '/') - depth))
            .Where(u => u.Depth <= UnitFilterDepth)
            .OrderBy(u => u.Depth).ThenBy(u => u.Name, StringComparer.Create(Infrastructure.Text.VietnamTime.Culture, false)).ToList();
        DocumentTypes = await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new CategoryOption(t.Key, t.Name)).ToListAsync(ct);
        var reader = await readers.ForAsync(User, ct);
        Outcome = await search.SearchAsync(portal.Id, reader, new SearchInput(Q, Type, Category, From, To, Sort, PageNumber, Unit, DocumentType), ct: ct);
        Title = string.IsNullOrWhiteSpace(Q) ? "Tìm kiếm" : $"Tìm kiếm: {Q.Trim()}";
        if (!Outcome.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>This search with some parameters changed (page, type), for links.</summary>
    public string UrlWith(int? page = null, string? type = null, bool clearType = false)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["loai"] = clearType ? null : type ?? Type,
            ["chuyen-muc"] = Category,
            ["tu-ngay"] = From,
            ["den-ngay"] = To,
            ["sap-xep"] = Sort,
            ["don-vi"] = Unit,
            ["loai-van-ban"] = DocumentType,
            ["trang"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(SearchUrls.Results,
            values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>(v.Key, v.Value)));
    }

    public string? ErrorFor(string key) => Outcome.Errors.TryGetValue(key, out var message) ? message : null;
}

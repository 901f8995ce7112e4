using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Organisation.Services;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Modules.Search.Models;
using DangBo.Web.Modules.Search.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Pages;

public sealed class ResultsModel(CurrentPortal currentPortal, DangBoDbContext db, DocumentReaders readers, ReaderSearch search, TimeProvider clock) : PageModel
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
        Units = await UnitOptionsAsync(portal.UnitId, ct);
        DocumentTypes = await db.DocumentTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new CategoryOption(t.Key, t.Name)).ToListAsync(ct);
        var reader = await readers.ForAsync(User, ct);
        Outcome = await search.SearchAsync(portal.Id, reader, new SearchInput(Q, Type, Category, From, To, Sort, PageNumber, Unit, DocumentType), ct: ct);
        Title = string.IsNullOrWhiteSpace(Q) ? "Tìm kiếm" : $"Tìm kiếm: {Q.Trim()}";
        if (Outcome.IsValid && Outcome.Page > 1)
        {
            // As category and topic pages do: each page of results has its own title (tabs, history, screen readers).
            Title += $" - Trang {Outcome.Page}";
        }
        if (!Outcome.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>
    /// The portal's unit and the current units up to <see cref="UnitFilterDepth"/> levels below it, as a tree: each unit
    /// right under its parent (indented by depth), siblings in the structure's order. Closed and merged units are left
    /// out as on the structure page; a link that names one still filters by it.
    /// </summary>
    private async Task<IReadOnlyList<UnitOption>> UnitOptionsAsync(int portalUnitId, CancellationToken ct)
    {
        var root = await db.Units.AsNoTracking().Where(u => u.Id == portalUnitId).Select(u => new { u.Id, u.Slug, u.Name, u.Path }).FirstAsync(ct);
        var today = DateOnly.FromDateTime(Infrastructure.Text.VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var below = await db.Units.AsNoTracking().ActiveOn(today)
            .Where(u => u.Path.StartsWith(root.Path) && u.Id != root.Id && u.ParentId != null)
            .Select(u => new { u.Id, ParentId = u.ParentId!.Value, u.Slug, u.Name, u.SortOrder, u.Path }).ToListAsync(ct);
        var rootDepth = root.Path.Count(c => c == '/');
        var children = below.Where(u => u.Path.Count(c => c == '/') - rootDepth <= UnitFilterDepth).ToLookup(u => u.ParentId);
        var byName = StringComparer.Create(Infrastructure.Text.VietnamTime.Culture, false);
        var options = new List<UnitOption> { new(root.Slug, root.Name, 0) };
        void Add(int parentId, int depth)
        {
            foreach (var unit in children[parentId].OrderBy(u => u.SortOrder).ThenBy(u => u.Name, byName))
            {
                options.Add(new UnitOption(unit.Slug, unit.Name, depth));
                Add(unit.Id, depth + 1);
            }
        }
        Add(root.Id, 1);
        return options;
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

using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Portals.Services;
using DangBo.Web.Modules.Search.Models;
using DangBo.Web.Modules.Search.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Search.Pages;

public sealed class ResultsModel(CurrentPortal currentPortal, DangBoDbContext db, ReaderSearch search) : PageModel
{
    public sealed record CategoryOption(string Slug, string Name);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "loai")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "chuyen-muc")] public string? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "tu-ngay")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den-ngay")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public string? PageNumber { get; set; }

    public SearchOutcome Outcome { get; private set; } = null!;
    public IReadOnlyList<CategoryOption> Categories { get; private set; } = [];
    public IReadOnlyList<string> Types => SearchTypes.All;

    [ViewData] public string? Title { get; set; }
    [ViewData] public bool NoIndex { get; set; } = true;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var portal = await currentPortal.GetAsync(ct);
        Categories = await db.Categories.AsNoTracking().Where(c => c.PortalId == portal.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => new CategoryOption(c.Slug, c.Name)).ToListAsync(ct);
        Outcome = await search.SearchAsync(portal.Id, new SearchInput(Q, Type, Category, From, To, Sort, PageNumber), ct: ct);
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
            ["trang"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(SearchUrls.Results,
            values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>(v.Key, v.Value)));
    }

    public string? ErrorFor(string key) => Outcome.Errors.TryGetValue(key, out var message) ? message : null;
}

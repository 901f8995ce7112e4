using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Infrastructure.Web.Caching;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DangBo.Web.Modules.Portals.Pages;

/// <summary>Every portal of the tree, in tree order, each with its address; searchable without diacritics.</summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class PortalListModel(PortalDirectory directory) : PageModel
{
    public const int PageSize = 200;

    public sealed record Row(string Name, string Url, int Depth, string? HostName);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    [ViewData] public string Title { get; set; } = "Cổng thông tin các cấp";
    [ViewData] public string CanonicalPath { get; set; } = PortalRouting.Prefix;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "trang")] int trang, CancellationToken ct)
    {
        HttpContext.TagResponse(CacheTags.PortalList);
        var set = await directory.GetAsync(ct);
        var rootDepth = set.Root is null ? 0 : Depth(set.Root.UnitPath);
        var folded = string.IsNullOrWhiteSpace(Query) ? null : VietnameseText.Fold(Query.Trim()).ToLowerInvariant();
        var portals = set.All
            .Where(p => folded is null || VietnameseText.Fold(p.Name).ToLowerInvariant().Contains(folded, StringComparison.Ordinal))
            // Tree order: each unit's path of ids, padded so that "/1/10/" sorts after "/1/9/".
            .OrderBy(p => string.Concat(p.UnitPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => id.PadLeft(10, '0') + "/")), StringComparer.Ordinal)
            .ToList();
        Total = portals.Count;
        PageNumber = trang < 1 ? 1 : trang;
        if (PageNumber > TotalPages)
        {
            return NotFound();
        }
        Rows = [.. portals.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Name, p.IsRoot ? "/" : p.BasePath + "/", Depth(p.UnitPath) - rootDepth, p.HostName))];
        return Page();
    }

    private static int Depth(string unitPath) => unitPath.Count(c => c == '/') - 1;
}

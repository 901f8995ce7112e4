using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Content.Pages;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace DangBo.Web.Modules.Documents.Pages;

/// <summary>The public documents library: filters in the query string, so every view is a plain link.</summary>
public sealed class LibraryModel(CurrentPortal currentPortal, DocumentReaders readers, DocumentLibrary library) : PageModel
{
    [FromQuery(Name = "loai")] public int? TypeId { get; set; }
    [FromQuery(Name = "co-quan")] public string? Issuer { get; set; }
    [FromQuery(Name = "linh-vuc")] public string? Field { get; set; }
    [FromQuery(Name = "nam")] public int? Year { get; set; }
    [FromQuery(Name = "nhiem-ky")] public int? TermId { get; set; }
    [FromQuery(Name = "tinh-trang")] public DocumentStatus? Status { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "sap-xep")] public DocumentSort Sort { get; set; }

    public PagedList<DocumentCard> Documents { get; private set; } = null!;
    public LibraryOptions Options { get; private set; } = null!;

    [ViewData] public string Title { get; set; } = "Văn bản";
    [ViewData] public string? Description { get; set; }
    [ViewData] public string? CanonicalPath { get; set; }
    [ViewData] public FeedLink? SectionFeed { get; set; }

    public DocumentFilter Filter => new(TypeId, Issuer, Field, Year, TermId, Status, Query, Sort);

    public bool IsFiltered => TypeId is not null || !string.IsNullOrEmpty(Issuer) || !string.IsNullOrEmpty(Field) || Year is not null
        || TermId is not null || Status is not null || !string.IsNullOrWhiteSpace(Query);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = PageNumber.QueryName)] string? page, CancellationToken ct)
    {
        if (PageNumber.Parse(page) is not int pageNumber)
        {
            return NotFound();
        }
        // Bad filter values from hand-typed addresses are dropped rather than answered with an error.
        ModelState.Clear();
        var portal = await currentPortal.GetAsync(ct);
        var reader = await readers.ForAsync(User, ct);
        if (await library.SearchAsync(portal.Id, reader, Filter, pageNumber, ct) is not { } documents)
        {
            return NotFound();
        }
        Documents = documents;
        Options = await library.OptionsAsync(portal.Id, reader, ct);
        Description = "Thư viện văn bản: nghị quyết, chỉ thị, kết luận, quy định, quyết định, hướng dẫn, kế hoạch của Trung ương, Tỉnh ủy và các tổ chức đảng; tra cứu theo loại, cơ quan ban hành, lĩnh vực, năm, nhiệm kỳ và tình trạng hiệu lực.";
        CanonicalPath = PageUrl(pageNumber);
        SectionFeed = new FeedLink($"Văn bản | {portal.Name}", DocumentsUrls.Feed);
        if (pageNumber > 1)
        {
            Title = $"Văn bản - Trang {pageNumber}";
        }
        return Page();
    }

    /// <summary>The list's address with the current filters and another page number.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["loai"] = TypeId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["co-quan"] = string.IsNullOrEmpty(Issuer) ? null : Issuer,
            ["linh-vuc"] = string.IsNullOrEmpty(Field) ? null : Field,
            ["nam"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["nhiem-ky"] = TermId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tinh-trang"] = Status?.ToString(),
            ["q"] = string.IsNullOrWhiteSpace(Query) ? null : Query,
            ["sap-xep"] = Sort == DocumentSort.Newest ? null : Sort.ToString(),
            [PageNumber.QueryName] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString(DocumentsUrls.Library, query.Where(p => p.Value is not null));
    }
}

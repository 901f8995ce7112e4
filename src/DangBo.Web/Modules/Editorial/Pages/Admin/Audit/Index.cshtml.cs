using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Editorial.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangBo.Web.Modules.Editorial.Pages.Admin.Audit;

public sealed class IndexModel(AuditLog log) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nguoi")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        (Entries, Total) = await log.FindAsync(new AuditQuery(UserFilter, Text, From, To, PageNumber), ct);
}

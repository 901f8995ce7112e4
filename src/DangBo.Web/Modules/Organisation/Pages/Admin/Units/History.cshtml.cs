using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Organisation.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Organisation.Pages.Admin.Units;

/// <summary>A unit's recorded changes, and what it was called and where it sat on a date the person asks about.</summary>
public sealed class HistoryModel(DangBoDbContext db, UnitHistory history, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ngay")]
    public string? Day { get; set; }

    public OrganisationUnit Unit { get; private set; } = null!;
    public IReadOnlyList<UnitVersion> Versions { get; private set; } = [];
    public IReadOnlyDictionary<int, string> UnitNames { get; private set; } = new Dictionary<int, string>();
    public DateOnly? AskedDay { get; private set; }
    public UnitStateOn? State { get; private set; }
    public string? DayError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }
        if (!await UnitPages.MayManageAsync(authorization, User, unit))
        {
            return Forbid();
        }
        Unit = unit;
        Versions = await history.TimelineAsync(id, ct);
        var ids = Versions.SelectMany(v => new[] { v.ParentId, v.MergedIntoId }).OfType<int>().Append(unit.ParentId ?? 0).Distinct().ToList();
        UnitNames = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var typed = VietnameseText.Clean(Day);
        if (typed.Length > 0)
        {
            if (UnitHistory.TryParseDate(typed, out var day))
            {
                AskedDay = day;
                State = await history.StateOnAsync(id, day, ct);
            }
            else
            {
                DayError = "Ngày không hợp lệ; vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2025.";
            }
        }
        return Page();
    }

    /// <summary>The answer to "what was the unit called and where did it sit on that day", in one sentence.</summary>
    public string? Sentence => AskedDay is not { } day ? null : State switch
    {
        null => $"Ngày {UnitHistory.Format(day)}, đơn vị chưa được thành lập.",
        { Operating: true, ParentName: { } parent } s => $"Ngày {UnitHistory.Format(day)}, đơn vị mang tên {s.Name}, trực thuộc {parent}.",
        { Operating: true } s => $"Ngày {UnitHistory.Format(day)}, đơn vị mang tên {s.Name}.",
        { MergedIntoName: { } survivor } s => $"Ngày {UnitHistory.Format(day)}, đơn vị (tên cuối cùng: {s.Name}) đã hợp nhất vào {survivor}.",
        var s => $"Ngày {UnitHistory.Format(day)}, đơn vị (tên cuối cùng: {s.Name}) đã giải thể.",
    };

    public string NameOf(int? unitId) => unitId is { } id && UnitNames.TryGetValue(id, out var name) ? name : "—";

    public static string Period(UnitVersion v) =>
        (v.ValidFrom is { } from ? "từ " + UnitHistory.Format(from) : "từ trước khi có lịch sử")
        + (v.ValidTo is { } to ? " đến hết " + UnitHistory.Format(to) : " đến nay");
}

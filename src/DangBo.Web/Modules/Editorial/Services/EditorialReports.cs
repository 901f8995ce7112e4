using System.Globalization;
using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>Whole months, from the first day of <see cref="From"/> to the last day of <see cref="To"/> (yyyyMM, Asia/Ho_Chi_Minh).</summary>
public sealed record ReportPeriod(int From, int To)
{
    /// <summary>A report spans at most five years, so one request cannot ask the database for everything ever.</summary>
    public const int MaxMonths = 60;

    public DateTime StartUtc => VietnamTime.ToUtc(FirstDay(From));
    public DateTime EndUtc => VietnamTime.ToUtc(FirstDay(Next(To)));
    public string FromText => FirstDay(From).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public string ToText => FirstDay(Next(To)).AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public IEnumerable<int> Months()
    {
        for (var m = From; m <= To; m = Next(m))
        {
            yield return m;
        }
    }

    public static int MonthCount(int from, int to) => (to / 100 - from / 100) * 12 + to % 100 - from % 100 + 1;

    private static DateTime FirstDay(int period) => new(period / 100, period % 100, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static int Next(int period) => period % 100 == 12 ? (period / 100 + 1) * 100 + 1 : period + 1;

    /// <summary>Reads the two months of the filter (as &lt;input type=month&gt; sends them); the last six months when both are empty.</summary>
    public static ReportPeriod Parse(string? from, string? to, DateTime nowUtc)
    {
        var current = RoyaltyPeriod.Of(nowUtc);
        var errors = new Dictionary<string, string>();
        int? start = string.IsNullOrWhiteSpace(from) ? null : RoyaltyPeriod.Parse(from.Trim());
        int? end = string.IsNullOrWhiteSpace(to) ? current : RoyaltyPeriod.Parse(to.Trim());
        // The period ends where the month after the last one starts, and after December 9999 there is none.
        if (end >= DateTime.MaxValue.Year * 100 + 12)
        {
            end = null;
        }
        if (!string.IsNullOrWhiteSpace(from) && start is null)
        {
            errors["tu"] = "Tháng bắt đầu không hợp lệ; hãy chọn tháng và năm.";
        }
        if (end is null)
        {
            errors["den"] = "Tháng kết thúc không hợp lệ; hãy chọn tháng và năm.";
        }
        InputValidationException.ThrowIfAny(errors);
        var last = end!.Value;
        var first = start ?? Back(last, 5);
        if (first > last)
        {
            errors["tu"] = "Tháng bắt đầu phải trước hoặc trùng tháng kết thúc.";
        }
        else if (MonthCount(first, last) > MaxMonths)
        {
            errors["tu"] = $"Mỗi báo cáo gồm tối đa {MaxMonths} tháng.";
        }
        InputValidationException.ThrowIfAny(errors);
        return new ReportPeriod(first, last);
    }

    private static int Back(int period, int months)
    {
        var index = period / 100 * 12 + period % 100 - 1 - months;
        return index / 12 * 100 + index % 12 + 1;
    }
}

/// <summary>One row of a report table: what is counted and how many.</summary>
public sealed record ReportLine(string Label, int Count);

public sealed record ReportMonth(int Period, int Published, double? AverageHours);

public sealed record EditorialReport(
    ReportPeriod Period, string ScopeName, bool IncludesSubUnits, int Published, double? AverageHoursToPublish, int Measured,
    IReadOnlyList<ReportMonth> ByMonth, IReadOnlyList<ReportLine> ByUnit, IReadOnlyList<ReportLine> ByAuthor,
    IReadOnlyList<ReportLine> ByCategory, IReadOnlyList<ReportLine> ReturnsByAuthor)
{
    public int Returns => ReturnsByAuthor.Sum(r => r.Count);

    /// <summary>"3 ngày 4 giờ", "5,5 giờ", "40 phút".</summary>
    public static string Duration(double? hours)
    {
        if (hours is not { } h)
        {
            return "–";
        }
        if (h < 1)
        {
            return $"{Math.Round(h * 60):0} phút";
        }
        if (h < 48)
        {
            return h.ToString("0.#", VietnamTime.Culture) + " giờ";
        }
        var whole = (int)Math.Round(h);
        return whole % 24 == 0 ? $"{whole / 24} ngày" : $"{whole / 24} ngày {whole % 24} giờ";
    }
}

/// <summary>
/// Figures of the editorial work for a period: items published per month, per unit and author of the writer, per
/// category; the time from first submission to publication; returns for revision per writer. Counts are grouped in
/// the database; only the per-article submission and publication times come back to compute the average.
/// </summary>
public sealed class EditorialReports(DangBoDbContext db, TimeProvider clock)
{
    public const string NoAccount = "Không gắn tài khoản (tin nhập từ nguồn khác)";
    public const string NoUnit = "Không rõ đơn vị";

    /// <param name="includeSubUnits">Also the portals of the units below the portal's unit (the caller checks the permission).</param>
    public async Task<EditorialReport> BuildAsync(PortalInfo portal, ReportPeriod period, bool includeSubUnits, CancellationToken ct = default)
    {
        var portalIds = includeSubUnits
            ? await db.Portals.Where(p => p.Unit!.Path.StartsWith(portal.UnitPath)).Select(p => p.Id).ToListAsync(ct)
            : [portal.Id];
        var start = period.StartUtc;
        var end = period.EndUtc;
        var now = clock.GetUtcNow().UtcDateTime;
        if (end > now)
        {
            // A future publication time is not a publication yet.
            end = now;
        }
        // First publication in the period, whatever became of the article afterwards.
        var published = db.Articles.AsNoTracking()
            .Where(a => portalIds.Contains(a.PortalId) && a.PublishedAt != null && a.PublishedAt >= start && a.PublishedAt < end);

        // Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so the local month is the month of UTC + 7 hours.
        var byMonth = await published.GroupBy(a => new { a.PublishedAt!.Value.AddHours(7).Year, a.PublishedAt!.Value.AddHours(7).Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);

        var byCategory = await published.GroupBy(a => a.CategoryId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        var categoryNames = await db.Categories.AsNoTracking().Where(c => byCategory.Select(x => x.Id).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        var withWriter = from a in published
                         join u in db.Users on a.CreatedByUserId equals u.Id into writers
                         from u in writers.DefaultIfEmpty()
                         select new { a.Id, a.CreatedByUserId, UnitId = (int?)u.UnitId };
        var byAuthor = await withWriter.GroupBy(x => x.CreatedByUserId).Select(g => new { UserId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byUnit = await withWriter.GroupBy(x => x.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);

        var returns = await (from t in db.ArticleTransitions
                             join a in db.Articles on t.ArticleId equals a.Id
                             where t.Kind == ArticleTransitionKind.ReturnForRevision && t.At >= start && t.At < end && portalIds.Contains(a.PortalId)
                             group t by a.CreatedByUserId into g
                             select new { UserId = g.Key, Count = g.Count() }).ToListAsync(ct);

        var userIds = byAuthor.Select(a => a.UserId).Concat(returns.Select(r => r.UserId)).OfType<string>().Distinct().ToList();
        var userNames = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var unitIds = byUnit.Select(u => u.UnitId).OfType<int>().ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        // One row per article: when it was first sent for review, and when it went public.
        var timings = await published
            .Select(a => new
            {
                PublishedAt = a.PublishedAt!.Value,
                SubmittedAt = db.ArticleTransitions.Where(t => t.ArticleId == a.Id && t.Kind == ArticleTransitionKind.Submit).Min(t => (DateTime?)t.At),
            })
            .Where(x => x.SubmittedAt != null).ToListAsync(ct);
        var waits = timings.Where(x => x.PublishedAt >= x.SubmittedAt!.Value)
            .Select(x => (Period: RoyaltyPeriod.Of(x.PublishedAt), Hours: (x.PublishedAt - x.SubmittedAt!.Value).TotalHours)).ToList();

        var counts = byMonth.ToDictionary(m => m.Year * 100 + m.Month, m => m.Count);
        var months = period.Months().Select(m =>
        {
            var inMonth = waits.Where(w => w.Period == m).Select(w => w.Hours).ToList();
            return new ReportMonth(m, counts.GetValueOrDefault(m), inMonth.Count == 0 ? null : inMonth.Average());
        }).ToList();

        var name = includeSubUnits ? $"{portal.Name} và các đơn vị cấp dưới" : portal.Name;
        return new EditorialReport(period, name, includeSubUnits, counts.Values.Sum(), waits.Count == 0 ? null : waits.Average(w => w.Hours), waits.Count, months,
            Sorted(byUnit.Select(u => new ReportLine(u.UnitId is { } id && unitNames.TryGetValue(id, out var n) ? n : NoUnit, u.Count))),
            Sorted(byAuthor.Select(a => new ReportLine(AuthorName(a.UserId, userNames), a.Count))),
            Sorted(byCategory.Select(c => new ReportLine(categoryNames.GetValueOrDefault(c.Id) ?? "Chuyên mục đã xóa", c.Count))),
            Sorted(returns.Select(r => new ReportLine(AuthorName(r.UserId, userNames), r.Count))));
    }

    private static string AuthorName(string? userId, Dictionary<string, string> names) =>
        userId is not null && names.TryGetValue(userId, out var name) ? name : NoAccount;

    /// <summary>Most first; equal counts in Vietnamese alphabetical order. Lines with the same label (two people of one name) stay apart.</summary>
    private static List<ReportLine> Sorted(IEnumerable<ReportLine> lines) =>
        lines.OrderByDescending(l => l.Count).ThenBy(l => l.Label, StringComparer.Create(VietnamTime.Culture, false)).ToList();
}

/// <summary>One table of the report page, drawn as a chart by wwwroot/js/admin/report-charts.js.</summary>
public sealed record ReportTableView(string Id, string Heading, string LabelHeading, string CountHeading, IReadOnlyList<ReportLine> Lines, string Chart);

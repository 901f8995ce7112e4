using System.Globalization;
using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Text;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Editorial.Services;

/// <summary>The grade the approver chose on the article page, for the approval being made in this request.</summary>
public sealed class ApprovalGrade
{
    public int? RoyaltyRateId { get; set; }
}

/// <summary>Records the royalty of an article when it is approved with a grade, in the same save as the approval.</summary>
public sealed class RoyaltyGrader(DangBoDbContext db, ApprovalGrade grade, TimeProvider clock) : IArticleTransitionObserver
{
    public async Task OnTransitionAsync(Article article, ArticleTransition transition, PortalInfo portal, CancellationToken ct)
    {
        if (transition.Kind is not (ArticleTransitionKind.Approve or ArticleTransitionKind.Schedule) || grade.RoyaltyRateId is not { } rateId)
        {
            return;
        }
        var rate = await db.RoyaltyRates.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rateId && r.PortalId == portal.Id && r.IsActive, ct)
            ?? throw new DomainException("Mức nhuận bút đã chọn không còn được dùng; hãy chọn mức khác.");
        var writer = article.CreatedByUserId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == article.CreatedByUserId)
            .Select(u => new { u.FullName, u.UnitId, UnitName = u.Unit!.Name }).FirstOrDefaultAsync(ct);
        var entry = await db.RoyaltyEntries.FirstOrDefaultAsync(e => e.ArticleId == article.Id, ct);
        if (entry is null)
        {
            entry = new RoyaltyEntry { ArticleId = article.Id, ArticleTitle = "", Grade = "", AuthorName = "", GradedByName = "" };
            db.RoyaltyEntries.Add(entry);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        entry.PortalId = portal.Id;
        entry.ArticleTitle = article.Title;
        entry.ContentType = rate.ContentType;
        entry.Grade = rate.Grade;
        entry.Amount = rate.Amount;
        entry.AuthorUserId = article.CreatedByUserId;
        entry.AuthorName = writer?.FullName ?? article.Author ?? "Không rõ tác giả";
        entry.PenName = article.PenName;
        entry.AuthorUnitId = writer?.UnitId;
        entry.AuthorUnitName = writer?.UnitName;
        entry.GradedByUserId = transition.UserId;
        entry.GradedByName = transition.ActorName;
        entry.GradedAt = now;
        entry.Period = RoyaltyPeriod.Of(now);
    }
}

public static class RoyaltyPeriod
{
    /// <summary>yyyyMM of the instant's month in Vietnam.</summary>
    public static int Of(DateTime utc)
    {
        var local = VietnamTime.ToLocal(utc);
        return local.Year * 100 + local.Month;
    }

    public static string Format(int period) => $"{period % 100:00}/{period / 100}";

    /// <summary>Reads "2026-11" (as an &lt;input type=month&gt; sends it).</summary>
    public static int? Parse(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.Year * 100 + d.Month : null;

    public static string ToInput(int period) => $"{period / 100:0000}-{period % 100:00}";
}

public sealed record RoyaltyAuthorLine(string AuthorName, string? UnitName, int Count, long Total, IReadOnlyList<RoyaltyEntry> Items);

public sealed record RoyaltyUnitLine(string UnitName, int Count, long Total);

public sealed record RoyaltyReport(int Period, string PortalName, IReadOnlyList<RoyaltyAuthorLine> ByAuthor, IReadOnlyList<RoyaltyUnitLine> ByUnit)
{
    public long Total => ByAuthor.Sum(a => a.Total);
    public int Count => ByAuthor.Sum(a => a.Count);
}

/// <summary>The royalty scale of a portal and the monthly royalty report.</summary>
public sealed class Royalties(DangBoDbContext db)
{
    public const long MaxAmount = 100_000_000;

    public Task<List<RoyaltyRate>> RatesAsync(int portalId, bool activeOnly, CancellationToken ct = default) =>
        db.RoyaltyRates.AsNoTracking().Where(r => r.PortalId == portalId && (r.IsActive || !activeOnly))
            .OrderBy(r => r.ContentType).ThenBy(r => r.Amount).ToListAsync(ct);

    public async Task AddRateAsync(int portalId, RoyaltyContentType? type, string? grade, long? amount, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var name = VietnameseText.Clean(grade);
        if (type is null || !Enum.IsDefined(type.Value))
        {
            errors["ContentType"] = "Vui lòng chọn loại tác phẩm.";
        }
        if (name.Length is 0 or > 50)
        {
            errors["Grade"] = "Vui lòng nhập tên mức (tối đa 50 ký tự), ví dụ A, B, C.";
        }
        if (amount is not (> 0 and <= MaxAmount))
        {
            errors["Amount"] = $"Số tiền phải lớn hơn 0 và không quá {MaxAmount:#,0} đồng.".Replace(',', '.');
        }
        if (errors.Count == 0 && await db.RoyaltyRates.AnyAsync(r => r.PortalId == portalId && r.ContentType == type && r.Grade == name, ct))
        {
            errors["Grade"] = "Loại tác phẩm này đã có mức cùng tên.";
        }
        InputValidationException.ThrowIfAny(errors);
        db.RoyaltyRates.Add(new RoyaltyRate { PortalId = portalId, ContentType = type!.Value, Grade = name, Amount = amount!.Value });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stops offering a grade; royalties already given keep their amount.</summary>
    public async Task<bool> RetireRateAsync(int portalId, int rateId, CancellationToken ct = default) =>
        await db.RoyaltyRates.Where(r => r.Id == rateId && r.PortalId == portalId).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsActive, false), ct) > 0;

    public async Task<RoyaltyReport> ReportAsync(PortalInfo portal, int period, CancellationToken ct = default)
    {
        var entries = await db.RoyaltyEntries.AsNoTracking().Where(e => e.PortalId == portal.Id && e.Period == period)
            .OrderBy(e => e.AuthorName).ThenBy(e => e.GradedAt).ToListAsync(ct);
        var byAuthor = entries.GroupBy(e => (e.AuthorUserId, e.AuthorName))
            .Select(g => new RoyaltyAuthorLine(g.Key.AuthorName, g.First().AuthorUnitName, g.Count(), g.Sum(e => e.Amount), g.ToList()))
            .OrderBy(a => a.AuthorName, StringComparer.Create(VietnamTime.Culture, false)).ToList();
        var byUnit = entries.GroupBy(e => e.AuthorUnitName ?? "Không rõ đơn vị")
            .Select(g => new RoyaltyUnitLine(g.Key, g.Count(), g.Sum(e => e.Amount)))
            .OrderByDescending(u => u.Total).ToList();
        return new RoyaltyReport(period, portal.Name, byAuthor, byUnit);
    }

    public static string Money(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đ";
}

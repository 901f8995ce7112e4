using DangBo.Web.Infrastructure;

namespace DangBo.Web.Modules.Content.Models;

/// <summary>
/// An article of one portal carried by another: proposed up to the parent portal (whose editors accept or decline
/// it) or pushed down by a higher portal to chosen subordinate portals (carried at once). The article itself stays
/// in its own portal, with its one canonical address; the other portal lists it, marked with its origin.
/// </summary>
public class ArticleShare
{
    public const int ReasonMaxLength = 1000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    /// <summary>The portal that carries the article (not the article's own).</summary>
    public int PortalId { get; set; }
    public ShareDirection Direction { get; private set; }
    public ShareStatus Status { get; private set; }
    public string? Note { get; private set; }
    public string? DeclineReason { get; private set; }
    public string? RequestedById { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public string? DecidedById { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    /// <summary>True while the other portal carries the article.</summary>
    public bool IsCarried => Status == ShareStatus.Accepted;

    public static ArticleShare Propose(Article article, int parentPortalId, string? note, string? userId, DateTime nowUtc)
    {
        EnsurePublished(article);
        return new ArticleShare
        {
            ArticleId = article.Id, PortalId = parentPortalId, Direction = ShareDirection.Up, Status = ShareStatus.Proposed,
            Note = Clean(note), RequestedById = userId, RequestedAt = nowUtc,
        };
    }

    public static ArticleShare Push(Article article, int childPortalId, string? note, string? userId, DateTime nowUtc)
    {
        EnsurePublished(article);
        return new ArticleShare
        {
            ArticleId = article.Id, PortalId = childPortalId, Direction = ShareDirection.Down, Status = ShareStatus.Accepted,
            Note = Clean(note), RequestedById = userId, RequestedAt = nowUtc, DecidedById = userId, DecidedAt = nowUtc,
        };
    }

    /// <summary>Proposes again after a decline or a withdrawal (one share row per article and portal).</summary>
    public void Renew(ShareDirection direction, string? note, string? userId, DateTime nowUtc)
    {
        if (Status is ShareStatus.Proposed or ShareStatus.Accepted)
        {
            throw new DomainException(direction == ShareDirection.Up
                ? "Tin bài này đã được đề xuất lên cổng cấp trên."
                : "Tin bài này đã được chuyển đến cổng này.");
        }
        Direction = direction;
        Status = direction == ShareDirection.Up ? ShareStatus.Proposed : ShareStatus.Accepted;
        Note = Clean(note);
        DeclineReason = null;
        RequestedById = userId;
        RequestedAt = nowUtc;
        DecidedById = direction == ShareDirection.Down ? userId : null;
        DecidedAt = direction == ShareDirection.Down ? nowUtc : null;
    }

    public void Accept(string? userId, DateTime nowUtc)
    {
        if (Status != ShareStatus.Proposed)
        {
            throw new DomainException("Đề xuất này đã được xử lý.");
        }
        Status = ShareStatus.Accepted;
        DecidedById = userId;
        DecidedAt = nowUtc;
    }

    public void Decline(string? reason, string? userId, DateTime nowUtc)
    {
        if (Status != ShareStatus.Proposed)
        {
            throw new DomainException("Đề xuất này đã được xử lý.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Vui lòng nêu lý do từ chối để đơn vị đề xuất biết.");
        }
        Status = ShareStatus.Declined;
        DeclineReason = Clean(reason);
        DecidedById = userId;
        DecidedAt = nowUtc;
    }

    /// <summary>The carrying portal stops carrying it (a pushed campaign ends, an accepted article is taken down).</summary>
    public void Withdraw(string? userId, DateTime nowUtc)
    {
        if (Status is not (ShareStatus.Proposed or ShareStatus.Accepted))
        {
            throw new DomainException("Tin bài này hiện không được chia sẻ đến cổng đó.");
        }
        Status = ShareStatus.Withdrawn;
        DecidedById = userId;
        DecidedAt = nowUtc;
    }

    private static void EnsurePublished(Article article)
    {
        if (article.Status != ArticleStatus.Published)
        {
            throw new DomainException("Chỉ tin bài đã xuất bản mới được chia sẻ sang cổng khác.");
        }
    }

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        if (trimmed is { Length: > ReasonMaxLength })
        {
            throw new DomainException($"Ghi chú không được dài quá {ReasonMaxLength} ký tự.");
        }
        return string.IsNullOrEmpty(trimmed) ? null : Infrastructure.Text.VietnameseText.Clean(trimmed);
    }
}

public enum ShareDirection
{
    /// <summary>Proposed by a lower portal to its parent.</summary>
    Up = 1,
    /// <summary>Pushed by a higher portal to a subordinate one.</summary>
    Down = 2,
}

public enum ShareStatus
{
    Proposed = 1,
    Accepted = 2,
    Declined = 3,
    Withdrawn = 4,
}

public static class ShareStatusNames
{
    public static string ToVietnamese(this ShareStatus status) => status switch
    {
        ShareStatus.Proposed => "Chờ cấp trên duyệt",
        ShareStatus.Accepted => "Đang đăng",
        ShareStatus.Declined => "Bị từ chối",
        ShareStatus.Withdrawn => "Đã gỡ",
        _ => status.ToString(),
    };
}

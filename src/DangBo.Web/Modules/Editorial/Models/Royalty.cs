namespace DangBo.Web.Modules.Editorial.Models;

/// <summary>What kind of work a royalty pays for; each portal sets its grades and amounts per kind.</summary>
public enum RoyaltyContentType
{
    News = 1,
    Article = 2,
    Photo = 3,
    Commentary = 4,
    Video = 5,
}

public static class RoyaltyContentTypeNames
{
    public static string ToVietnamese(this RoyaltyContentType type) => type switch
    {
        RoyaltyContentType.News => "Tin",
        RoyaltyContentType.Article => "Bài viết",
        RoyaltyContentType.Photo => "Ảnh",
        RoyaltyContentType.Commentary => "Bình luận, chính luận",
        RoyaltyContentType.Video => "Video",
        _ => type.ToString(),
    };
}

/// <summary>One grade of a portal's royalty scale (nhuận bút): for a kind of work, a grade and its amount in đồng.</summary>
public class RoyaltyRate
{
    public int Id { get; set; }
    public int PortalId { get; set; }
    public RoyaltyContentType ContentType { get; set; }
    /// <summary>The grade's name, e.g. "A", "B", "Loại 1".</summary>
    public required string Grade { get; set; }
    public long Amount { get; set; }
    /// <summary>Retired grades stay for past royalties but are no longer offered.</summary>
    public bool IsActive { get; set; } = true;

    public string Label => $"{ContentType.ToVietnamese()} – loại {Grade} – {Amount:#,0} đ".Replace(',', '.');
}

/// <summary>The royalty of one approved article: its grade and amount as they were when the approver graded it.</summary>
public class RoyaltyEntry
{
    public long Id { get; set; }
    public int PortalId { get; set; }
    public int ArticleId { get; set; }
    public required string ArticleTitle { get; set; }
    public RoyaltyContentType ContentType { get; set; }
    public required string Grade { get; set; }
    public long Amount { get; set; }
    /// <summary>The writer's account, and their name and unit at the time.</summary>
    public string? AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public string? PenName { get; set; }
    public int? AuthorUnitId { get; set; }
    public string? AuthorUnitName { get; set; }
    public string? GradedByUserId { get; set; }
    public required string GradedByName { get; set; }
    public DateTime GradedAt { get; set; }
    /// <summary>The month (Vietnam time) the royalty belongs to, as yyyyMM, e.g. 202611.</summary>
    public int Period { get; set; }
}

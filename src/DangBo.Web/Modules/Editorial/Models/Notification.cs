namespace DangBo.Web.Modules.Editorial.Models;

/// <summary>An in-app message to one person about something that concerns them (an article waiting, returned, published).</summary>
public class Notification
{
    public const int MessageMaxLength = 500;

    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Message { get; set; }
    /// <summary>A back-office path to open, e.g. the article's edit page.</summary>
    public string? Url { get; set; }
    public int? ArticleId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }

    public bool IsRead => ReadAt is not null;
}

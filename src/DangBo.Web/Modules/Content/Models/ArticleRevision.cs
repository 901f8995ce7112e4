namespace DangBo.Web.Modules.Content.Models;

/// <summary>The content of an article as one save left it: text and metadata, who saved it and when. Never changed afterwards.</summary>
public class ArticleRevision
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    /// <summary>1, 2, 3, ... within the article.</summary>
    public int Number { get; set; }
    public required string Title { get; set; }
    public string Lead { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public int CategoryId { get; set; }
    /// <summary>The special topics' ids, comma-separated.</summary>
    public string TopicIds { get; set; } = "";
    public string? Author { get; set; }
    public string? PenName { get; set; }
    public string? Source { get; set; }
    public string? CoverImagePath { get; set; }
    public string? CoverImageCaption { get; set; }
    public bool IsFeatured { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? UserId { get; set; }
    /// <summary>Why this revision exists when it is not an ordinary save, e.g. "restored from revision 3".</summary>
    public string? Note { get; set; }

    public IReadOnlyList<int> TopicIdList =>
        TopicIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The same content under a new number, e.g. an old revision restored.</summary>
    public ArticleRevision CopyAs(int number, string? userId, DateTime nowUtc, string? note) => new()
    {
        ArticleId = ArticleId,
        Number = number,
        Title = Title,
        Lead = Lead,
        BodyHtml = BodyHtml,
        CategoryId = CategoryId,
        TopicIds = TopicIds,
        Author = Author,
        PenName = PenName,
        Source = Source,
        CoverImagePath = CoverImagePath,
        CoverImageCaption = CoverImageCaption,
        IsFeatured = IsFeatured,
        CreatedAt = nowUtc,
        UserId = userId,
        Note = note,
    };

    public static ArticleRevision Of(Article a, int number, string? userId, DateTime nowUtc, string? note) => new()
    {
        Number = number,
        Title = a.Title,
        Lead = a.Lead,
        BodyHtml = a.BodyHtml,
        CategoryId = a.CategoryId,
        TopicIds = string.Join(',', a.Topics.Select(t => t.Id).Order()),
        Author = a.Author,
        PenName = a.PenName,
        Source = a.Source,
        CoverImagePath = a.CoverImagePath,
        CoverImageCaption = a.CoverImageCaption,
        IsFeatured = a.IsFeatured,
        CreatedAt = nowUtc,
        UserId = userId,
        Note = note,
    };
}

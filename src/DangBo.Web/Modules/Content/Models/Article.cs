using DangBo.Web.Infrastructure;

namespace DangBo.Web.Modules.Content.Models;

/// <summary>A news article (tin bài) of one portal.</summary>
public class Article
{
    public const int TitleMaxLength = 300;
    public const int LeadMaxLength = 1000;

    public int Id { get; set; }
    public int PortalId { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public List<Topic> Topics { get; set; } = [];

    public required string Title { get; set; }
    /// <summary>Fixed at first publication so that published addresses stay stable.</summary>
    public required string Slug { get; set; }
    public string Lead { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public string? CoverImagePath { get; set; }
    public string? CoverImageCaption { get; set; }
    public string? Author { get; set; }
    public string? PenName { get; set; }
    public string? Source { get; set; }
    public bool IsFeatured { get; set; }

    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;
    public DateTime? PublishedAt { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public string? UpdatedByUserId { get; set; }
    public long ViewCount { get; set; }
    /// <summary>Optimistic concurrency token, incremented on every save.</summary>
    public int Version { get; set; }

    public bool IsPublic => Status == ArticleStatus.Published;

    /// <summary>Byline shown to readers: the pen name when there is one.</summary>
    public string? Byline => string.IsNullOrWhiteSpace(PenName) ? Author : PenName;

    public void Publish(DateTime nowUtc, DateTime? publishedAtUtc = null)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            throw new DomainException("Tin bài phải có tiêu đề trước khi xuất bản.");
        }
        if (string.IsNullOrWhiteSpace(BodyHtml))
        {
            throw new DomainException("Tin bài phải có nội dung trước khi xuất bản.");
        }
        Status = ArticleStatus.Published;
        PublishedAt = publishedAtUtc ?? PublishedAt ?? nowUtc;
    }

    public void Unpublish()
    {
        if (Status != ArticleStatus.Published)
        {
            throw new DomainException("Chỉ có thể gỡ tin bài đang xuất bản.");
        }
        Status = ArticleStatus.Unpublished;
    }

    public void ReturnToDraft() => Status = ArticleStatus.Draft;
}

public static class ArticleQueries
{
    /// <summary>What readers may see: published, and its publication time has come. Every public list, page, feed and sitemap starts here.</summary>
    public static IQueryable<Article> VisibleToReaders(this IQueryable<Article> articles, int portalId, DateTime nowUtc) =>
        articles.Where(a => a.PortalId == portalId && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= nowUtc);
}

/// <summary>Values leave gaps so the editorial workflow can add its review states between them.</summary>
public enum ArticleStatus
{
    Draft = 1,
    Published = 50,
    Unpublished = 60,
}

public static class ArticleStatusNames
{
    public static string ToVietnamese(this ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Bản nháp",
        ArticleStatus.Published => "Đã xuất bản",
        ArticleStatus.Unpublished => "Đã gỡ",
        _ => status.ToString(),
    };
}

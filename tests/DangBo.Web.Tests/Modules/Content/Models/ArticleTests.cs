using DangBo.Web.Infrastructure;
using DangBo.Web.Modules.Content.Models;

namespace DangBo.Web.Tests.Modules.Content.Models;

public class ArticleTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 3, 0, 0, DateTimeKind.Utc);

    private static Article Draft() => new()
    {
        Title = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ba",
        Slug = "hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-ba",
        BodyHtml = "<p>Nội dung.</p>",
    };

    [Fact]
    public void NewArticle_IsADraftNobodyCanRead()
    {
        var article = Draft();
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.False(article.IsPublic);
        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void Publish_Draft_MakesItPublicAtTheGivenTime()
    {
        var article = Draft();
        article.Publish(Now);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.True(article.IsPublic);
        Assert.Equal(Now, article.PublishedAt);
    }

    [Fact]
    public void Publish_WithAnExplicitTime_UsesThatTime()
    {
        var article = Draft();
        var chosen = Now.AddDays(-2);
        article.Publish(Now, chosen);
        Assert.Equal(chosen, article.PublishedAt);
    }

    [Fact]
    public void Publish_AfterUnpublish_KeepsTheFirstPublicationTime()
    {
        var article = Draft();
        article.Publish(Now);
        article.Unpublish();
        article.Publish(Now.AddDays(3));
        Assert.Equal(Now, article.PublishedAt);
        Assert.True(article.IsPublic);
    }

    [Theory]
    [InlineData("", "<p>Nội dung.</p>", "tiêu đề")]
    [InlineData("   ", "<p>Nội dung.</p>", "tiêu đề")]
    [InlineData("Tiêu đề", "", "nội dung")]
    [InlineData("Tiêu đề", "  ", "nội dung")]
    public void Publish_WithoutTitleOrBody_IsRefusedWithAVietnameseMessage(string title, string body, string missing)
    {
        var article = Draft();
        article.Title = title;
        article.BodyHtml = body;

        var error = Assert.Throws<DomainException>(() => article.Publish(Now));

        Assert.Contains(missing, error.Message);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void Unpublish_PublishedArticle_TakesItDownButRemembersWhenItWasPublished()
    {
        var article = Draft();
        article.Publish(Now);
        article.Unpublish();
        Assert.Equal(ArticleStatus.Unpublished, article.Status);
        Assert.False(article.IsPublic);
        Assert.Equal(Now, article.PublishedAt);
    }

    [Fact]
    public void Unpublish_Draft_IsRefused()
    {
        var article = Draft();
        var error = Assert.Throws<DomainException>(article.Unpublish);
        Assert.Equal("Chỉ có thể gỡ tin bài đang xuất bản.", error.Message);
        Assert.Equal(ArticleStatus.Draft, article.Status);
    }

    [Fact]
    public void Unpublish_Twice_IsRefused()
    {
        var article = Draft();
        article.Publish(Now);
        article.Unpublish();
        Assert.Throws<DomainException>(article.Unpublish);
    }

    [Theory]
    [InlineData("Nguyễn Văn An", "Minh Sơn", "Minh Sơn")]
    [InlineData("Nguyễn Văn An", null, "Nguyễn Văn An")]
    [InlineData("Nguyễn Văn An", "  ", "Nguyễn Văn An")]
    [InlineData(null, null, null)]
    public void Byline_PrefersThePenName(string? author, string? penName, string? expected)
    {
        var article = Draft();
        article.Author = author;
        article.PenName = penName;
        Assert.Equal(expected, article.Byline);
    }
}

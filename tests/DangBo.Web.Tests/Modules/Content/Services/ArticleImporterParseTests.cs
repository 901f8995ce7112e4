using DangBo.Web.Modules.Content.Services;

namespace DangBo.Web.Tests.Modules.Content.Services;

public class ArticleImporterParseTests
{
    [Theory]
    [InlineData("2026-09-02T08:30:00", "2026-09-02T01:30:00")]
    [InlineData("2026-09-02T08:30", "2026-09-02T01:30:00")]
    [InlineData("2026-09-02 08:30", "2026-09-02T01:30:00")]
    [InlineData("2026-09-02", "2026-09-01T17:00:00")]
    [InlineData("2026-09-02T08:30:00.250", "2026-09-02T01:30:00.250")]
    [InlineData("2026-09-02T08:30:00Z", "2026-09-02T08:30:00")]
    [InlineData("2026-09-02T08:30:00+07:00", "2026-09-02T01:30:00")]
    [InlineData("2026-09-02T08:30:00+09:00", "2026-09-01T23:30:00")]
    [InlineData("2026-09-02T08:30:00-05:00", "2026-09-02T13:30:00")]
    public void ParsePublishedAt_Iso8601_WithoutOffsetIsVietnamTime(string text, string expectedUtc)
    {
        var parsed = ArticleImporter.ParsePublishedAt(text);

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed!.Value.Kind);
    }

    [Theory]
    [InlineData("02/09/2026")]
    [InlineData("ngày 2 tháng 9")]
    [InlineData("2026-13-01")]
    public void ParsePublishedAt_NotIso_ExplainsTheFormat(string text)
    {
        var error = Assert.Throws<ImportLineException>(() => ArticleImporter.ParsePublishedAt(text));

        Assert.Contains("ISO 8601", error.Message);
    }

    [Fact]
    public void ParsePublishedAt_Empty_MeansNow() => Assert.Null(ArticleImporter.ParsePublishedAt("  "));

    [Fact]
    public void Parse_FieldNamesAnyCase_AndTopicAsArray()
    {
        var line = ArticleImporter.Parse("""{"Title":"Tiêu đề","BODYHTML":"<p>x</p>","topic":["a","b"],"featured":true,"penName":"Bút danh","extra":1}""");

        Assert.Equal("Tiêu đề", line.Title);
        Assert.Equal("<p>x</p>", line.BodyHtml);
        Assert.Equal(["a", "b"], line.Topics);
        Assert.True(line.Featured);
        Assert.Equal("Bút danh", line.PenName);
    }

    [Theory]
    [InlineData("""{"featured":"có"}""", "Trường «featured» phải là true hoặc false.")]
    [InlineData("""{"title":12}""", "Trường «title» phải là một chuỗi.")]
    [InlineData("""{"topic":[1]}""", "Trường «topic» phải là một chuỗi hoặc một mảng chuỗi.")]
    [InlineData("""["không phải đối tượng"]""", "Mỗi dòng phải là một đối tượng JSON {…}.")]
    public void Parse_WrongShape_SaysWhatIsWrongInVietnamese(string json, string message)
    {
        var error = Assert.Throws<ImportLineException>(() => ArticleImporter.Parse(json));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_BrokenJson_SaysWhere()
    {
        var error = Assert.Throws<ImportLineException>(() => ArticleImporter.Parse("""{"title": "a" "lead": "b"}"""));

        Assert.StartsWith("Dòng không phải JSON hợp lệ (gần ký tự thứ", error.Message);
    }
}

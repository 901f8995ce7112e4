using DangBo.Web.Modules.Search.Services;

namespace DangBo.Web.Tests.Modules.Search.Services;

/// <summary>What readers see marked in a result's title and snippet.</summary>
public sealed class SnippetsTests
{
    [Theory]
    [InlineData("06nqtu")]
    [InlineData("06NQTU")]
    public void Highlight_CodeTypedWithoutPunctuation_MarksTheWholeCode(string query)
    {
        var html = Snippets.Highlight("Nghị quyết số 06-NQ/TU: về chuyển đổi số, thay thế Nghị quyết 05-NQ/TU", ParsedQuery.Parse(query));

        Assert.Equal("Nghị quyết số <mark>06-NQ/TU</mark>: về chuyển đổi số, thay thế Nghị quyết 05-NQ/TU", html);
    }

    [Fact]
    public void Highlight_CodeTypedWithItsParts_MarksEachPart()
    {
        var html = Snippets.Highlight("Nghị quyết số 06-NQ/TU", ParsedQuery.Parse("06 nq tu"));

        Assert.Equal("Nghị quyết số <mark>06</mark>-<mark>NQ</mark>/<mark>TU</mark>", html);
    }

    [Fact]
    public void Highlight_CodeAndWordsTogether_MarksBoth()
    {
        var html = Snippets.Highlight("Chỉ thị 12-CT/TU về chuyển đổi số", ParsedQuery.Parse("12cttu chuyen doi"));

        Assert.Equal("Chỉ thị <mark>12-CT/TU</mark> về <mark>chuyển</mark> <mark>đổi</mark> số", html);
    }

    [Fact]
    public void Excerpt_OnlyACodeTypedWithoutPunctuationMatches_ShowsTheBodyWhereTheCodeStands()
    {
        var body = string.Join(" ", Enumerable.Repeat("Nội dung mở đầu không liên quan.", 30)) + " Thực hiện Kế hoạch 15-KH/TU của Tỉnh ủy.";

        var html = Snippets.Excerpt(body, "Trích yếu của văn bản", ParsedQuery.Parse("15khtu"));

        Assert.StartsWith("… ", html);
        Assert.Contains("Kế hoạch <mark>15-KH/TU</mark> của Tỉnh ủy.", html);
    }

    [Theory]
    [InlineData("ddaij hooij ddangr", "đại hội đảng")]
    [InlineData("Ddaij Hooij", "Đại Hội")]
    [InlineData("d9a5i ho6i5", "đại hội")]
    [InlineData("dai hoi ddangr bo", "dai hoi đảng bo")]
    [InlineData("\"ddaij hooij\"", "\"đại hội\"")]
    public void Highlight_TelexOrVniKeys_MarkWhatTheWordsTypedWithMarksWould(string keys, string withMarks)
    {
        const string text = "Đại hội Đảng bộ tỉnh: các đại biểu dài ngày bàn về đăng ký, hồi âm";

        Assert.Equal(Snippets.Highlight(text, ParsedQuery.Parse(withMarks)), Snippets.Highlight(text, ParsedQuery.Parse(keys)));
        Assert.Contains("<mark>Đại</mark>", Snippets.Highlight(text, ParsedQuery.Parse(keys)));
    }

    [Fact]
    public void Highlight_EnglishWordThatLooksLikeTelex_MarksTheWordAsTyped()
    {
        var html = Snippets.Highlight("Bài test tiếng Anh trước Tết", ParsedQuery.Parse("test"));

        Assert.Equal("Bài <mark>test</mark> tiếng Anh trước Tết", html);
    }
}

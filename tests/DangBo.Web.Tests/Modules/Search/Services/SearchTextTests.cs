using System.Text;
using DangBo.Web.Modules.Search.Services;

namespace DangBo.Web.Tests.Modules.Search.Services;

/// <summary>The whole-text term builders (written for indexing speed) agree with the word-by-word rules searches use.</summary>
public sealed class SearchTextTests
{
    public static TheoryData<string> Texts => new()
    {
        "Đại hội Đảng bộ tỉnh Sơn Hà lần thứ XVI, nhiệm kỳ 2025 - 2030",
        "Nghị quyết số 06-NQ/TU về chuyển đổi số; Quyết định 1234/QĐ-UBND.",
        "Đà Nẵng, Đắk Mil, Lạc Dương: đường, Dương, dưỡng",
        "Tiếng Việt ĐÃ VIẾT HOA và \"trích dẫn\" (ngoặc) — gạch…",
        "Bí thư Tỉnh ủy".Normalize(NormalizationForm.FormD),
        "北京 và Москва, emoji 😀 giữa câu, số ٣ Ả-rập",
        "",
        "   ",
        "a",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void FoldedTerms_SameAsEachWordFolded(string text) =>
        Assert.Equal(string.Join(' ', SearchText.Words(text).Select(SearchText.FoldedTerm).Where(t => t.Length > 0)), SearchText.FoldedTerms(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void ExactTerms_SameAsEachWordInTelex(string text) =>
        Assert.Equal(string.Join(' ', SearchText.Words(text).Select(SearchText.ExactTerm).Where(t => t.Length > 0)), SearchText.ExactTerms(text));

    [Fact]
    public void Terms_VietnameseText_FoldedAndTelex()
    {
        Assert.Equal("dai hoi dang bo 06 nq tu", SearchText.FoldedTerms("Đại hội Đảng bộ 06-NQ/TU"));
        Assert.Equal("ddaij hooij ddangr booj", SearchText.ExactTerms("Đại hội Đảng bộ"));
        Assert.Equal(["06nqtu", "1234qdubnd"], SearchText.CodeTerms("Nghị quyết 06-NQ/TU và 1234/QĐ-UBND, năm 2026."));
    }
}

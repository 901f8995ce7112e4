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
        "Mã beta0gamma, abc0 và 0def, x0y0z",
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

    [Fact]
    public void FoldedTermsWithPairs_AppendsEachAdjacentLetterPairOnceAfterTheWords()
    {
        Assert.Equal("dai hoi dang bo tinh dai0hoi hoi0dang dang0bo bo0tinh", SearchText.FoldedTermsWithPairs("Đại hội Đảng bộ tỉnh"));
        // Words with digits make no pairs; a pair seen before is not repeated; punctuation does not break a pair (as in phrases).
        Assert.Equal("nam 2025 tinh uy tinh uy 06 nq tu tinh0uy uy0tinh nq0tu",
            SearchText.FoldedTermsWithPairs("năm 2025 Tỉnh ủy, tỉnh ủy 06-NQ/TU"));
        Assert.Equal("", SearchText.FoldedTermsWithPairs(""));
        Assert.Equal("a", SearchText.FoldedTermsWithPairs("a"));
    }

    [Fact]
    public void PairTerm_NoWordFoldsToOne()
    {
        Assert.Equal("dang0bo", SearchText.PairTerm("dang", "bo"));
        Assert.Null(SearchText.PairTerm("nam", "2025"));
        Assert.Null(SearchText.PairTerm("06", "nq"));
        // A word shaped like a pair (letters, the separator, letters) gets a second separator, in the index and in queries alike.
        Assert.Equal("dang0bo0", SearchText.FoldedTerm("dang0bo"));
        Assert.Equal("dang0bo0", SearchText.FoldedTerm("Đảng0bộ"));
        Assert.Equal("dang0bo0 x", SearchText.FoldedTerms("dang0bo x"));
        Assert.False(SearchText.HasDiacritics("dang0bo"));
        // Other words with the separator are left alone: they can never be a pair.
        Assert.Equal("h5n1 abc0 0def x0y0z 2010", SearchText.FoldedTerms("H5N1 abc0 0def x0y0z 2010"));
        Assert.Equal("dang0bo0", ParsedQuery.Parse("dang0bo").Clauses.Single().FoldedTerms.Single());
    }

    [Fact]
    public void PairTerms_OfAPhraseClause_AreItsAdjacentLetterPairs()
    {
        var clause = ParsedQuery.Parse("\"bí thư tỉnh ủy\"").Clauses.Single();
        Assert.Equal(["bi0thu", "thu0tinh", "tinh0uy"], QueryClause.PairTerms(clause.FoldedTerms));
        Assert.Empty(QueryClause.PairTerms(ParsedQuery.Parse("\"năm 2025\"").Clauses.Single().FoldedTerms));
        // A prefix that ends in the separator would reach pair terms (dang0bo): it is matched as a whole word.
        Assert.False(ParsedQuery.Parse("dang0", lastIsPrefix: true).LastIsPrefix);
        Assert.True(ParsedQuery.Parse("dang", lastIsPrefix: true).LastIsPrefix);
    }
}

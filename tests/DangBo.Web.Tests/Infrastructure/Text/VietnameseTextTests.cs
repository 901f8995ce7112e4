using System.Text;
using DangBo.Web.Infrastructure.Text;

namespace DangBo.Web.Tests.Infrastructure.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Đường Trường Sơn", "Duong Truong Son")]
    [InlineData("đảng viên dự bị", "dang vien du bi")]
    [InlineData("Cổng thông tin điện tử Đà Nẵng", "Cong thong tin dien tu Da Nang")]
    [InlineData("ỨNG DỤNG CHUYỂN ĐỔI SỐ", "UNG DUNG CHUYEN DOI SO")]
    [InlineData("Số 127-QĐ/TW", "So 127-QD/TW")]
    [InlineData("already plain", "already plain")]
    [InlineData("", "")]
    public void Fold_RemovesEveryDiacriticIncludingDStroke(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
        Assert.Equal(expected, VietnameseText.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Clean_TrimsAndComposesDecomposedText()
    {
        const string composed = "Nghị quyết Đại hội";
        var decomposed = composed.Normalize(NormalizationForm.FormD);

        var cleaned = VietnameseText.Clean("  \t" + decomposed + " \n");

        Assert.Equal(composed, cleaned);
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(composed.Length, cleaned.Length);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData(" Hà Nội ", "Hà Nội")]
    public void Clean_HandlesEmptyAndPaddedInput(string? input, string expected) => Assert.Equal(expected, VietnameseText.Clean(input));

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  \n ", null)]
    [InlineData(" Minh Sơn ", "Minh Sơn")]
    public void CleanOrNull_TurnsBlankIntoNull(string? input, string? expected) => Assert.Equal(expected, VietnameseText.CleanOrNull(input));
}

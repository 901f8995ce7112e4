using System.Text;
using DangBo.Web.Infrastructure.Text;

namespace DangBo.Web.Tests.Infrastructure.Text;

public class SlugGeneratorTests
{
    [Theory]
    [InlineData("Xây dựng Đảng", "xay-dung-dang")]
    [InlineData("ĐẠI HỘI ĐẢNG BỘ TỈNH", "dai-hoi-dang-bo-tinh")]
    [InlineData("Đồng chí Bí thư đến thăm đồng bào dân tộc", "dong-chi-bi-thu-den-tham-dong-bao-dan-toc")]
    [InlineData("Người dân ưu tiên phương án mới", "nguoi-dan-uu-tien-phuong-an-moi")]
    [InlineData("Hội nghị lần thứ 12, BCH Trung ương Đảng (khóa XIII)!", "hoi-nghi-lan-thu-12-bch-trung-uong-dang-khoa-xiii")]
    [InlineData("Quyết định số 3643-QĐ/TU ngày 05/9/2025", "quyet-dinh-so-3643-qd-tu-ngay-05-9-2025")]
    [InlineData("  “Dân biết, dân bàn, dân làm” — phương châm…  ", "dan-biet-dan-ban-dan-lam-phuong-cham")]
    [InlineData("Văn hóa - Xã hội", "van-hoa-xa-hoi")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void From_VietnameseTitle_GivesLowerCaseHyphenatedAsciiSlug(string? title, string expected) =>
        Assert.Equal(expected, SlugGenerator.From(title));

    [Fact]
    public void From_DecomposedInput_GivesTheSameSlugAsComposedInput()
    {
        const string title = "Tăng cường công tác kiểm tra, giám sát của Đảng";
        var decomposed = title.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(title, decomposed);
        Assert.Equal(SlugGenerator.From(title), SlugGenerator.From(decomposed));
        Assert.Equal("tang-cuong-cong-tac-kiem-tra-giam-sat-cua-dang", SlugGenerator.From(decomposed));
    }

    [Fact]
    public void From_LongTitle_IsCutAtAWordBoundaryWithinTheLimit()
    {
        var slug = SlugGenerator.From("Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên", 38);

        Assert.Equal("nang-cao-nang-luc-lanh-dao-suc-chien", slug);
        Assert.True(slug.Length <= 38);
    }

    [Fact]
    public void From_CutFallingRightAfterAWord_DropsTheTrailingHyphen()
    {
        // "xay-dung-chinh-" is 15 characters: the cut lands on the hyphen.
        Assert.Equal("xay-dung-chinh", SlugGenerator.From("Xây dựng chỉnh đốn Đảng", 15));
    }

    [Fact]
    public void From_CutLandingExactlyAtTheEndOfAWord_KeepsThatWord()
    {
        // "xay-dung-chinh" is 14 characters and the next character is a hyphen.
        Assert.Equal("xay-dung-chinh", SlugGenerator.From("Xây dựng chỉnh đốn Đảng", 14));
    }

    [Fact]
    public void From_DefaultLimit_KeepsSlugsWithin120Characters()
    {
        var title = string.Join(' ', Enumerable.Repeat("Đảng bộ tỉnh Sơn Hà", 20));
        var slug = SlugGenerator.From(title);
        Assert.InRange(slug.Length, 60, SlugGenerator.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("dang-bo-tinh-son-ha-dang", slug);
    }

    [Theory]
    [InlineData("xay-dung-dang", true)]
    [InlineData("tin-2026", true)]
    [InlineData("Xay-dung-dang", false)]
    [InlineData("xây-dựng", false)]
    [InlineData("xay--dung", false)]
    [InlineData("-xay-dung", false)]
    [InlineData("xay dung", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_AcceptsOnlyWhatFromWouldProduce(string? slug, bool expected) =>
        Assert.Equal(expected, SlugGenerator.IsValid(slug));
}

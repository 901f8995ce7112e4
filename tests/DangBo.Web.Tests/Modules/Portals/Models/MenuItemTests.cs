using DangBo.Web.Modules.Portals.Models;

namespace DangBo.Web.Tests.Modules.Portals.Models;

public class MenuItemTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc/xay-dung-dang")]
    [InlineData("/gioi-thieu/lich-su#muc-1")]
    [InlineData("https://dangcongsan.vn")]
    [InlineData("http://sonha.gov.vn/dich-vu-cong")]
    [InlineData("HTTPS://CHINHPHU.VN/")]
    public void IsAcceptableUrl_SiteRelativePathOrHttpAddress_IsAccepted(string url) =>
        Assert.True(MenuItem.IsAcceptableUrl(url));

    [Theory]
    [InlineData("")]
    [InlineData("tin-tuc/xay-dung-dang")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("mailto:bbt@sonha.dcs.vn")]
    [InlineData("ftp://sonha.gov.vn/")]
    [InlineData("file:///etc/passwd")]
    public void IsAcceptableUrl_AnythingElse_IsRejected(string url) =>
        Assert.False(MenuItem.IsAcceptableUrl(url));
}

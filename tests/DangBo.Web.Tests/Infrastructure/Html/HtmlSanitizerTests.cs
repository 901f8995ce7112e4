using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DangBo.Web.Infrastructure.Html;

namespace DangBo.Web.Tests.Infrastructure.Html;

public class HtmlSanitizerTests
{
    /// <summary>What may remain after sanitising, spelled out again here so that widening the sanitizer's list is a visible decision.</summary>
    private static readonly Dictionary<string, string[]> AllowedElementsAndAttributes = new()
    {
        ["p"] = [], ["br"] = [], ["hr"] = [], ["h2"] = [], ["h3"] = [], ["h4"] = [], ["h5"] = [], ["h6"] = [],
        ["strong"] = [], ["em"] = [], ["u"] = [], ["s"] = [], ["sub"] = [], ["sup"] = [], ["blockquote"] = [],
        ["ul"] = [], ["ol"] = ["start"], ["li"] = [], ["a"] = ["href", "title", "rel", "target"],
        ["img"] = ["src", "alt", "title", "width", "height", "loading"], ["figure"] = [], ["figcaption"] = [],
        ["table"] = [], ["thead"] = [], ["tbody"] = [], ["tfoot"] = [], ["tr"] = [], ["th"] = ["colspan", "rowspan", "scope"],
        ["td"] = ["colspan", "rowspan"], ["caption"] = [], ["pre"] = [], ["code"] = [],
    };

    private static readonly HtmlParser BrowserParser = new();

    /// <summary>Parses sanitised output the way a browser does when it is placed inside an article's body.</summary>
    private static IElement ParseAsBrowser(string html) =>
        BrowserParser.ParseDocument("<!DOCTYPE html><html><head></head><body><main>" + html + "</main></body></html>").QuerySelector("main")!;

    /// <summary>The scheme a browser would see: it drops tabs and newlines anywhere and control characters or spaces at the ends.</summary>
    private static string? SchemeOf(string url)
    {
        var cleaned = url.Replace("\t", "").Replace("\n", "").Replace("\r", "").Trim(Enumerable.Range(0, 33).Select(i => (char)i).ToArray());
        var match = Regex.Match(cleaned, "^([a-zA-Z][a-zA-Z0-9+.-]*):");
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    private static void AssertOnlyAllowedMarkup(string output, string because)
    {
        var root = ParseAsBrowser(output);
        foreach (var element in root.Descendants<IElement>())
        {
            Assert.True(element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri, $"{because}: foreign element <{element.LocalName}> in {output}");
            Assert.True(AllowedElementsAndAttributes.TryGetValue(element.LocalName, out var attributes), $"{because}: <{element.LocalName}> in {output}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{because}: event handler {attribute.Name} in {output}");
                Assert.NotEqual("style", attribute.Name);
                Assert.True(attributes.Contains(attribute.Name), $"{because}: attribute {attribute.Name} on <{element.LocalName}> in {output}");
                if (attribute.Name is "href" or "src")
                {
                    var scheme = SchemeOf(attribute.Value);
                    Assert.True(scheme is null or "http" or "https" or "mailto" or "tel", $"{because}: {attribute.Name}=\"{attribute.Value}\" in {output}");
                }
            }
        }
        Assert.Empty(root.Descendants<IComment>());
    }

    [Theory]
    [MemberData(nameof(XssCorpus.Indexes), MemberType = typeof(XssCorpus))]
    public void Sanitize_XssPayload_LeavesOnlyAllowedElementsAttributesAndSchemes(int index)
    {
        var payload = XssCorpus.Payloads[index];

        var output = HtmlSanitizer.Sanitize(payload);

        AssertOnlyAllowedMarkup(output, $"payload {index} «{payload}»");
        // A second pass changes nothing: what is stored is already what any later reader parses.
        Assert.Equal(output, HtmlSanitizer.Sanitize(output));
    }

    [Fact]
    public void XssCorpus_HasAtLeastSixtyPayloads() => Assert.True(XssCorpus.Payloads.Length >= 60);

    [Fact]
    public void Sanitize_AllPayloadsTogether_LeavesOnlyAllowedMarkup()
    {
        var all = string.Join("\n", XssCorpus.Payloads.Select(p => "<p>đoạn</p>" + p));
        AssertOnlyAllowedMarkup(HtmlSanitizer.Sanitize(all), "whole corpus");
    }

    [Fact]
    public void Sanitize_OrdinaryArticleFormatting_SurvivesIntact()
    {
        const string html =
            "<h2>Kết quả nổi bật</h2>" +
            "<p>Năm 2026, tỉnh đạt <strong>tăng trưởng 8,5%</strong> và <em>vượt kế hoạch</em>; <u>gạch chân</u>, <s>bỏ</s>, H<sub>2</sub>O, m<sup>2</sup>.</p>" +
            "<h3>Các lĩnh vực</h3>" +
            "<ul><li>Nông nghiệp</li><li>Công nghiệp</li></ul>" +
            "<ol start=\"3\"><li>Dịch vụ</li></ol>" +
            "<blockquote><p>Đảng ta là đạo đức, là văn minh.</p></blockquote>" +
            "<table><caption>Chỉ tiêu năm 2026</caption><thead><tr><th scope=\"col\">Chỉ tiêu</th><th scope=\"col\">Kết quả</th></tr></thead>" +
            "<tbody><tr><td>GRDP</td><td>8,5%</td></tr><tr><td colspan=\"2\">Đạt và vượt</td></tr></tbody></table>" +
            "<hr>" +
            "<pre><code>Số 127-QĐ/TW</code></pre>" +
            "<figure><img src=\"/media/2026/11/anh.jpg\" alt=\"Quang cảnh hội nghị\" width=\"800\" height=\"450\"><figcaption>Quang cảnh hội nghị</figcaption></figure>" +
            "<p>Dòng một<br>dòng hai</p>";

        Assert.Equal(html.Replace("height=\"450\">", "height=\"450\" loading=\"lazy\">"), HtmlSanitizer.Sanitize(html));
    }

    [Fact]
    public void Sanitize_Links_KeepTheirAddressAndOpenOtherSitesSafely()
    {
        const string html =
            "<p><a href=\"https://dangcongsan.vn/tin\" title=\"Báo Điện tử Đảng Cộng sản Việt Nam\">Báo Đảng</a>, " +
            "<a href=\"/gioi-thieu/lich-su\">lịch sử</a>, <a href=\"#muc-2\">mục 2</a>, <a href=\"mailto:bbt@sonha.dcs.vn\">thư</a>, " +
            "<a href=\"tel:+842033825168\">điện thoại</a>.</p>";

        Assert.Equal(
            "<p><a href=\"https://dangcongsan.vn/tin\" title=\"Báo Điện tử Đảng Cộng sản Việt Nam\" rel=\"noopener noreferrer\" target=\"_blank\">Báo Đảng</a>, " +
            "<a href=\"/gioi-thieu/lich-su\" rel=\"noopener noreferrer\">lịch sử</a>, <a href=\"#muc-2\" rel=\"noopener noreferrer\">mục 2</a>, " +
            "<a href=\"mailto:bbt@sonha.dcs.vn\" rel=\"noopener noreferrer\">thư</a>, <a href=\"tel:+842033825168\" rel=\"noopener noreferrer\">điện thoại</a>.</p>",
            HtmlSanitizer.Sanitize(html));
    }

    [Fact]
    public void Sanitize_ImageWithoutAlt_GetsAnEmptyAltAndImageWithUnsafeSourceIsRemoved()
    {
        Assert.Equal("<p><img src=\"https://example.org/a.jpg\" alt=\"\" loading=\"lazy\"></p>", HtmlSanitizer.Sanitize("<p><img src=\"https://example.org/a.jpg\"></p>"));
        Assert.Equal("<p>chữ</p>", HtmlSanitizer.Sanitize("<p>chữ<img src=\"javascript:alert(1)\" alt=\"x\"></p>"));
    }

    [Fact]
    public void Sanitize_VietnameseText_StaysIntactAndComesOutNfc()
    {
        const string text = "Đảng bộ tỉnh Sơn Hà quán triệt Nghị quyết số 06-NQ/TU về xây dựng, chỉnh đốn Đảng; ưu tiên đổi mới, sáng tạo.";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(text, decomposed);

        Assert.Equal($"<p>{text}</p>", HtmlSanitizer.Sanitize($"<p>{text}</p>"));
        var fromDecomposed = HtmlSanitizer.Sanitize($"<p>{decomposed}</p>");
        Assert.Equal($"<p>{text}</p>", fromDecomposed);
        Assert.True(fromDecomposed.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Sanitize_PasteFromMicrosoftWord_LeavesOnlyParagraphsEmphasisAndText()
    {
        const string word = """
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
            <head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
            <!--[if gte mso 9]><xml>
             <o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>
            </xml><![endif]--><!--[if gte mso 9]><xml>
             <w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:TrackMoves/></w:WordDocument>
            </xml><![endif]-->
            <style>
            <!--
             /* Style Definitions */
             p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; mso-style-qformat:yes; margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;}
            -->
            </style>
            </head>
            <body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>
            <!--StartFragment-->
            <div class=WordSection1>
            <p class=MsoNormal align=center style='text-align:center;line-height:150%'><b><span lang=VI style='font-size:14.0pt;line-height:150%;font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman";mso-ansi-language:VI'>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ba<o:p></o:p></span></b></p>
            <p class=MsoNormal style='text-align:justify;text-indent:36.0pt;line-height:150%'><span lang=VI style='font-size:14.0pt;line-height:150%;mso-bidi-font-family:Arial'>Ngày 20/11/2026, Tỉnh ủy Sơn Hà tổ chức hội nghị <i style='mso-bidi-font-style:normal'>lần thứ ba</i> nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026.<o:p></o:p></span></p>
            <p class=MsoNormal style='text-align:justify'><o:p>&nbsp;</o:p></p>
            <p class=MsoNormal style='text-align:justify'><![if !supportLists]><span lang=VI style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><font face="Times New Roman" size=4><span lang=VI>Đồng chí Bí thư Tỉnh ủy <b><span style='mso-bidi-font-weight:normal'>chủ trì</span></b> hội nghị.</span></font><span lang=VI style='mso-fareast-language:VI'><o:p></o:p></span></p>
            </div>
            <!--EndFragment-->
            </body>
            </html>
            """;

        var output = HtmlSanitizer.Sanitize(word);

        var root = ParseAsBrowser(output);
        Assert.All(root.Descendants<IElement>(), e =>
        {
            Assert.Contains(e.LocalName, new[] { "p", "strong", "em" });
            Assert.Empty(e.Attributes);
        });
        Assert.Equal(
            ["Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ba",
             "Ngày 20/11/2026, Tỉnh ủy Sơn Hà tổ chức hội nghị lần thứ ba nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026.",
             "- Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị."],
            root.Children.Select(p => Collapse(p.TextContent)));
        Assert.Equal(["Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ba", "chủ trì"], root.QuerySelectorAll("strong").Select(e => e.TextContent));
        Assert.Equal(["lần thứ ba"], root.QuerySelectorAll("em").Select(e => e.TextContent));
        Assert.All(new[] { "mso", "Mso", "o:p", "font", "xml", "WordDocument", "supportLists", "StartFragment" }, junk => Assert.DoesNotContain(junk, output));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Sanitize_PresentationalTags_BecomeTheirSemanticEquivalents()
    {
        Assert.Equal("<h2>Tiêu đề</h2><p><strong>đậm</strong> <em>nghiêng</em></p>", HtmlSanitizer.Sanitize("<h1 class=\"x\">Tiêu đề</h1><p><b style=\"color:red\">đậm</b> <i>nghiêng</i></p>"));
    }

    [Fact]
    public void Sanitize_UnknownBlocks_KeepTheirTextOnSeparateLines()
    {
        Assert.Equal("Một<br>Hai", HtmlSanitizer.Sanitize("<div>Một</div><div>Hai</div>"));
    }

    [Fact]
    public void Sanitize_BlankParagraphs_AreRemovedButParagraphsWithAnImageStay()
    {
        Assert.Equal("<p>Một</p><p>Hai</p><p><img src=\"/a.jpg\" alt=\"Ảnh\" loading=\"lazy\"></p>",
            HtmlSanitizer.Sanitize("<p>Một</p><p><br></p><p>&nbsp;</p><p> <strong> </strong></p><p></p><p>Hai</p><p><img src=\"/a.jpg\" alt=\"Ảnh\"></p>"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<!-- chỉ là chú thích -->")]
    public void Sanitize_NothingVisible_ReturnsEmpty(string? html) => Assert.Equal("", HtmlSanitizer.Sanitize(html));

    [Fact]
    public void Sanitize_BackslashAfterSlash_IsRejectedLikeProtocolRelativeAddress()
    {
        // Browsers read "/\evil" as "//evil", another site; the allow-list rejected "//" but let this through.
        Assert.Equal("<p><a>x</a></p>", HtmlSanitizer.Sanitize("<p><a href=\"/\\evil.example/\">x</a></p>"));
        Assert.False(HtmlSanitizer.IsSafeUrl("/\\evil.example", allowMailto: false));
        Assert.False(HtmlSanitizer.IsSafeUrl("/ \\evil.example", allowMailto: false));
    }

    [Theory]
    [InlineData("/media/2026/11/a.jpg", true)]
    [InlineData("anh.jpg", true)]
    [InlineData("#muc-1", true)]
    [InlineData("https://dangcongsan.vn", true)]
    [InlineData("HTTP://EXAMPLE.ORG", true)]
    [InlineData("mailto:bbt@sonha.dcs.vn", false)]
    [InlineData("//evil.example/a.jpg", false)]
    [InlineData("\\\\evil.example\\a.jpg", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" java\tscript:alert(1)", false)]
    [InlineData("data:image/png;base64,AAAA", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSafeUrl_ForImages_AcceptsOnlyRelativeAndHttpAddresses(string? url, bool expected) =>
        Assert.Equal(expected, HtmlSanitizer.IsSafeUrl(url, allowMailto: false));

    [Fact]
    public void IsSafeUrl_ForLinks_AlsoAcceptsMailtoAndTel()
    {
        Assert.True(HtmlSanitizer.IsSafeUrl("mailto:bbt@sonha.dcs.vn", allowMailto: true));
        Assert.True(HtmlSanitizer.IsSafeUrl("tel:02033825168", allowMailto: true));
        Assert.False(HtmlSanitizer.IsSafeUrl("sms:02033825168", allowMailto: true));
    }

    [Fact]
    public void Sanitize_DeeplyNestedInput_IsFlattenedInsteadOfCrashingTheProcess()
    {
        // Before the fix a recursive walk overflowed the stack here, which no catch can handle: the server died.
        var html = string.Concat(Enumerable.Repeat("<em>", 10_000)) + "sâu" + string.Concat(Enumerable.Repeat("<div>", 300)) + "hơn nữa";
        var output = OnSmallStack(() => HtmlSanitizer.Sanitize(html));

        Assert.Contains("sâu", output);
        Assert.Contains("hơn nữa", output);
        var deepest = ParseAsBrowser(output).Descendants<IElement>().Max(e => e.Ancestors<IElement>().Count());
        Assert.True(deepest <= HtmlSanitizer.MaxDepth + 3, $"depth {deepest}");
    }

    [Fact]
    public void Sanitize_TenThousandParagraphs_KeepsEveryParagraphInOrder()
    {
        // A long article is parsed as a whole document (AngleSharp's fragment parser took about 6 s for this input). How long
        // it takes is a benchmark's business, not a test's: this checks that nothing of a long text is lost.
        var html = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"<p>Đoạn {i}</p>"));

        var output = HtmlSanitizer.Sanitize(html);

        Assert.Equal(html, output);
    }

    [Theory]
    [InlineData("<p>Một</p><p>Hai</p>", "Một Hai")]
    [InlineData("<ul><li>Nông nghiệp</li><li>Công nghiệp</li></ul>", "Nông nghiệp Công nghiệp")]
    [InlineData("Dòng một<br>dòng hai", "Dòng một dòng hai")]
    [InlineData("<h2>Tiêu đề</h2>Nội dung", "Tiêu đề Nội dung")]
    [InlineData("<p><strong>Đảng</strong> bộ <em>tỉnh</em>Sơn Hà</p>", "Đảng bộ tỉnhSơn Hà")]
    [InlineData("<p>A &amp; B&nbsp;&nbsp;&lt;C&gt;</p>", "A & B <C>")]
    [InlineData("<p>Trước <script>alert(1)</script><style>p{color:red}</style><template>mẫu</template>sau</p>", "Trước sau")]
    [InlineData("<p>  nhiều \n\t khoảng   trắng  </p>", "nhiều khoảng trắng")]
    [InlineData("<table><tr><td>Ô 1</td><td>Ô 2</td></tr></table>", "Ô 1 Ô 2")]
    [InlineData("chữ thường, không có thẻ", "chữ thường, không có thẻ")]
    [InlineData("<!-- chú thích --><p>hiện</p>", "hiện")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ToPlainText_ReturnsTheVisibleTextWithBlocksSeparated(string? html, string expected) =>
        Assert.Equal(expected, HtmlSanitizer.ToPlainText(html));

    [Fact]
    public void ToPlainText_DecomposedVietnamese_ComesOutNfc()
    {
        const string text = "Nghị quyết Đại hội Đảng bộ tỉnh";
        Assert.Equal(text, HtmlSanitizer.ToPlainText($"<p>{text.Normalize(NormalizationForm.FormD)}</p>"));
    }

    [Fact]
    public void ToPlainText_DeeplyNestedInput_DoesNotOverflowTheStack()
    {
        var html = string.Concat(Enumerable.Repeat("<em>", 10_000)) + "văn bản";
        Assert.Equal("văn bản", OnSmallStack(() => HtmlSanitizer.ToPlainText(html)));
    }

    /// <summary>Runs on a thread with a quarter-megabyte stack, so that a recursive walk fails here rather than only on bigger input.</summary>
    private static string OnSmallStack(Func<string> work)
    {
        string? result = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                error = e;
            }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(error);
        return result!;
    }
}

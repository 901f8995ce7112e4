using DangBo.Web.Modules.Demo.Pdf;
using DangBo.Web.Modules.Documents.Services;

namespace DangBo.Web.Tests.Modules.Demo.Pdf;

public class SimplePdfTests
{
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("DANGBO_SCREENSHOTS");

    [Fact]
    public void Create_VietnameseText_IsARealPdfWhoseTextExtractsBack()
    {
        const string text = "Nghị quyết về đẩy mạnh chuyển đổi số tỉnh Sơn Hà: Đảng bộ, chi bộ, đảng viên ưu tiên";
        var lines = Enumerable.Range(1, 60).Select(i => new PdfLine($"{i}. {text}")).Prepend(new PdfLine("NGHỊ QUYẾT", 16, Centered: true));

        var pdf = SimplePdf.Create("Nghị quyết thử", lines);

        if (ScreenshotFolder is { Length: > 0 })
        {
            File.WriteAllBytes(Path.Combine(ScreenshotFolder, "simple.pdf"), pdf);
        }
        Assert.Equal(DocumentFileInspector.Pdf, DocumentFileInspector.Inspect(pdf));
        // Long lines wrap: compare the words, not the line breaks.
        var extracted = DocumentTextExtractor.Extract(DocumentFileInspector.Pdf, pdf)!.ReplaceLineEndings(" ");
        if (SimplePdf.HasVietnameseFont)
        {
            Assert.Contains(text, extracted);
            Assert.Contains("NGHỊ QUYẾT", extracted);
            Assert.Contains("60. " + text, extracted); // the second page too
        }
        else
        {
            Assert.Contains("Nghi quyet ve day manh chuyen doi so", extracted);
        }
    }

    [Fact]
    public void Extract_TruncatedOrGarbledPdf_GivesNoTextAndDoesNotThrow()
    {
        var pdf = SimplePdf.Create("x", [new PdfLine("Văn bản")]);
        var garbled = pdf.ToArray();
        for (var i = 200; i < garbled.Length - 100; i += 7)
        {
            garbled[i] ^= 0x5A;
        }

        Assert.Null(DocumentFileInspector.Inspect(pdf[..(pdf.Length / 2)]));
        var text = DocumentTextExtractor.Extract(DocumentFileInspector.Pdf, garbled);
        Assert.DoesNotContain("Văn bản", text ?? "");
    }
}

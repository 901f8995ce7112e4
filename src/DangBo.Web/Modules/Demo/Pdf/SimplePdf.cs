using System.Globalization;
using System.IO.Compression;
using System.Text;
using DangBo.Web.Infrastructure.Text;

namespace DangBo.Web.Modules.Demo.Pdf;

/// <summary>A line of a generated PDF: its text, size, and whether it is centred.</summary>
public sealed record PdfLine(string Text, float Size = 12, bool Centered = false, float SpaceBefore = 0);

/// <summary>
/// Writes small A4 text PDFs for the demo documents. Vietnamese needs a TrueType font with its letters:
/// DejaVu Sans (Debian's fonts-dejavu-core, present on this machine image) is embedded as a subset. Where no
/// such font is installed, the PDF still comes out, in the standard Helvetica font with the diacritics
/// removed (Helvetica's encoding has no Vietnamese letters), so the demo works on any machine.
/// </summary>
public static class SimplePdf
{
    public static readonly string[] FontCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "C:\\Windows\\Fonts\\arial.ttf",
    ];

    private const float PageWidth = 595, PageHeight = 842, Margin = 64;

    private static readonly Lazy<EmbeddedFont?> Font = new(LoadFont);

    /// <summary>True when the PDFs carry an embedded font with full Vietnamese diacritics.</summary>
    public static bool HasVietnameseFont => Font.Value is not null;

    public static byte[] Create(string title, IEnumerable<PdfLine> lines)
    {
        var font = Font.Value;
        var pages = Layout(lines, font);
        var objects = new List<byte[]>();
        // 1 catalog, 2 pages, 3 font, then font parts, then page + content pairs.
        var fontObjects = font is null ? [Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")] : font.Objects(4);
        var firstPage = 3 + fontObjects.Count;
        objects.Add(Ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        var kids = string.Join(" ", Enumerable.Range(0, pages.Count).Select(i => $"{firstPage + i * 2} 0 R"));
        objects.Add(Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>"));
        objects.AddRange(fontObjects);
        for (var i = 0; i < pages.Count; i++)
        {
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R >> >> /Contents {firstPage + i * 2 + 1} 0 R >>"));
            objects.Add(Stream(Encoding.Latin1.GetBytes(pages[i]), compress: true));
        }
        return Assemble(objects, title);
    }

    private static List<string> Layout(IEnumerable<PdfLine> lines, EmbeddedFont? font)
    {
        var pages = new List<string>();
        var page = new StringBuilder();
        var y = PageHeight - Margin;
        foreach (var line in lines)
        {
            foreach (var piece in Wrap(line, font))
            {
                y -= line.Size * 1.45f + (piece.First ? line.SpaceBefore : 0);
                if (y < Margin)
                {
                    pages.Add(page.ToString());
                    page.Clear();
                    y = PageHeight - Margin - line.Size * 1.45f;
                }
                var width = Width(piece.Text, line.Size, font);
                var x = line.Centered ? (PageWidth - width) / 2 : Margin;
                page.Append(CultureInfo.InvariantCulture, $"BT /F1 {line.Size:0.##} Tf 1 0 0 1 {x:0.##} {y:0.##} Tm {Encode(piece.Text, font)} Tj ET\n");
            }
        }
        pages.Add(page.ToString());
        return pages;
    }

    private static IEnumerable<(string Text, bool First)> Wrap(PdfLine line, EmbeddedFont? font)
    {
        var max = PageWidth - 2 * Margin;
        var current = "";
        var first = true;
        foreach (var word in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, line.Size, font) > max)
            {
                yield return (current, first);
                first = false;
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        yield return (current, first);
    }

    private static float Width(string text, float size, EmbeddedFont? font) =>
        font is null ? Fold(text).Length * size * 0.5f : text.Sum(c => font.Subset.GlyphOf.TryGetValue(c, out var g) ? font.Subset.Widths[g] : 500) * size / 1000f;

    private static string Encode(string text, EmbeddedFont? font)
    {
        if (font is null)
        {
            var folded = Fold(text);
            return "(" + folded.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";
        }
        var hex = new StringBuilder("<");
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            hex.Append((font.Subset.GlyphOf.TryGetValue(c, out var g) ? g : (ushort)0).ToString("X4", CultureInfo.InvariantCulture));
        }
        return hex.Append('>').ToString();
    }

    private static string Fold(string text) => new(VietnameseText.Fold(text).Select(c => c < 127 ? c : '?').ToArray());

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static byte[] Stream(byte[] data, bool compress, string extra = "")
    {
        var body = data;
        var filter = "";
        if (compress)
        {
            using var output = new MemoryStream();
            using (var z = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(data);
            }
            body = output.ToArray();
            filter = " /Filter /FlateDecode";
        }
        using var stream = new MemoryStream();
        stream.Write(Ascii($"<< /Length {body.Length}{filter}{extra} >>\nstream\n"));
        stream.Write(body);
        stream.Write(Ascii("\nendstream"));
        return stream.ToArray();
    }

    private static byte[] Assemble(List<byte[]> objects, string title)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        offsets.Add(pdf.Position);
        var titleHex = Convert.ToHexString(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(title)).ToArray());
        pdf.Write(Ascii($"{objects.Count + 1} 0 obj\n<< /Title <{titleHex}> /Producer (DangBo) >>\nendobj\n"));
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 2}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 2} /Root 1 0 R /Info {objects.Count + 1} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static EmbeddedFont? LoadFont()
    {
        var characters = Enumerable.Range(32, 95).Concat(Enumerable.Range(0xC0, 0x1B0 - 0xC0 + 1)).Concat(Enumerable.Range(0x1EA0, 0x1EF9 - 0x1EA0 + 1))
            .Select(c => (char)c).Concat("–—“”‘’…•°№§").ToList();
        foreach (var path in FontCandidates)
        {
            if (TrueTypeSubset.TryLoad(path, characters) is { } subset && "ắđệ".All(subset.GlyphOf.ContainsKey))
            {
                return new EmbeddedFont(subset);
            }
        }
        return null;
    }

    /// <summary>The PDF objects of the embedded font, built once per process: every demo PDF shares them.</summary>
    private sealed class EmbeddedFont(TrueTypeSubset subset)
    {
        public TrueTypeSubset Subset { get; } = subset;
        private readonly Lazy<byte[]> _fontStream = new(() => Stream(subset.FontFile, compress: true, $" /Length1 {subset.FontFile.Length}"));
        private readonly Lazy<byte[]> _toUnicode = new(() => Stream(Encoding.ASCII.GetBytes(ToUnicode(subset)), compress: true));

        /// <summary>Objects 3 (Type0 font) and <paramref name="next"/> onwards: CID font, descriptor, ToUnicode, font file.</summary>
        public List<byte[]> Objects(int next)
        {
            var cid = next;
            var descriptor = next + 1;
            var toUnicode = next + 2;
            var file = next + 3;
            var widths = string.Join(" ", Subset.Widths.OrderBy(w => w.Key).Select(w => $"{w.Key} [{w.Value}]"));
            var box = string.Join(" ", Subset.BoundingBox);
            return
            [
                Ascii($"<< /Type /Font /Subtype /Type0 /BaseFont /{Subset.Name} /Encoding /Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {toUnicode} 0 R >>"),
                Ascii($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{Subset.Name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 600 /W [{widths}] >>"),
                Ascii($"<< /Type /FontDescriptor /FontName /{Subset.Name} /Flags 32 /FontBBox [{box}] /ItalicAngle 0 /Ascent {Subset.Ascent} /Descent {Subset.Descent} /CapHeight {Subset.Ascent} /StemV 80 /FontFile2 {file} 0 R >>"),
                _toUnicode.Value,
                _fontStream.Value,
            ];
        }

        private static string ToUnicode(TrueTypeSubset subset)
        {
            var sb = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            var pairs = subset.GlyphOf.GroupBy(p => p.Value).Select(g => (Gid: g.Key, Char: g.Min(p => p.Key))).OrderBy(p => p.Gid).ToList();
            foreach (var chunk in pairs.Chunk(100))
            {
                sb.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
                foreach (var (gid, c) in chunk)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<{gid:X4}> <{(int)c:X4}>\n");
                }
                sb.Append("endbfchar\n");
            }
            sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            return sb.ToString();
        }
    }
}

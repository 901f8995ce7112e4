using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DangBo.Web.Modules.Demo.Artwork;
using DangBo.Web.Modules.Media.Services;

namespace DangBo.Web.Tests.Modules.Demo.Artwork;

public class PngEncoderTests
{
    [Fact]
    public void EncodeRgb_DecodesBackToTheSamePixels()
    {
        const int width = 5, height = 4;
        var rgb = new byte[width * height * 3];
        new Random(7).NextBytes(rgb);

        var png = PngEncoder.EncodeRgb(width, height, rgb);

        Assert.Equal(new ImageInfo("image/png", ".png", width, height), ImageInspector.Inspect(png));
        Assert.Equal(rgb, Decode(png, width, height));
    }

    [Fact]
    public void Cover_IsAPngOfTheAnnouncedSize_AndNotBlank()
    {
        var png = DemoArtwork.Cover(Palette.Of(0x8E1B1B, 0xC8372D, 0xF6C945, 0xFFF1D6), CoverStyle.Dawn);

        Assert.Equal(new ImageInfo("image/png", ".png", DemoArtwork.CoverWidth, DemoArtwork.CoverHeight), ImageInspector.Inspect(png));
        var pixels = Decode(png, DemoArtwork.CoverWidth, DemoArtwork.CoverHeight);
        Assert.True(pixels.Distinct().Count() > 50, "a gradient has many shades");
        Assert.InRange(png.Length, 10_000, 400_000);
    }

    /// <summary>An independent reader: every chunk's CRC checked bit by bit, IDAT inflated, Paeth filters undone.</summary>
    private static byte[] Decode(byte[] png, int width, int height)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var idat = new MemoryStream();
        var position = 8;
        var types = new List<string>();
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            Assert.Equal(BitwiseCrc(png.AsSpan(position + 4, length + 4)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length)));
            if (type == "IDAT")
            {
                idat.Write(data);
            }
            types.Add(type);
            position += 12 + length;
        }
        Assert.Equal(["IHDR", "IDAT", "IEND"], types);

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var raw = inflated.ToArray();
        var stride = width * 3;
        Assert.Equal((stride + 1) * height, raw.Length);
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(4, raw[y * (stride + 1)]);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= 3 ? pixels[y * stride + i - 3] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                int c = y > 0 && i >= 3 ? pixels[(y - 1) * stride + i - 3] : 0;
                int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                var predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                pixels[y * stride + i] = (byte)(raw[y * (stride + 1) + 1 + i] + predictor);
            }
        }
        return pixels;
    }

    private static uint BitwiseCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
            }
        }
        return ~crc;
    }
}

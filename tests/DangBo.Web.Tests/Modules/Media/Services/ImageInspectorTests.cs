using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DangBo.Web.Modules.Media.Services;

namespace DangBo.Web.Tests.Modules.Media.Services;

public class ImageInspectorTests
{
    [Fact]
    public void Inspect_Png_GivesTypeAndSize()
    {
        var info = ImageInspector.Inspect(Images.Png(3, 2));
        Assert.Equal(new ImageInfo("image/png", ".png", 3, 2), info);
    }

    [Fact]
    public void Inspect_BaselineJpeg_GivesTypeAndSize()
    {
        var info = ImageInspector.Inspect(Images.Jpeg(16, 8));
        Assert.Equal(new ImageInfo("image/jpeg", ".jpg", 16, 8), info);
    }

    [Fact]
    public void Inspect_JpegWithExifBeforeTheFrame_SkipsSegmentsToFindTheSize()
    {
        var info = ImageInspector.Inspect(Images.Jpeg(1280, 720, withExif: true));
        Assert.Equal(new ImageInfo("image/jpeg", ".jpg", 1280, 720), info);
    }

    [Fact]
    public void Inspect_ProgressiveJpeg_ReadsTheProgressiveFrameHeader()
    {
        var info = ImageInspector.Inspect(Images.Jpeg(800, 450, progressive: true));
        Assert.Equal(new ImageInfo("image/jpeg", ".jpg", 800, 450), info);
    }

    [Fact]
    public void Inspect_Gif_GivesTypeAndSize()
    {
        Assert.Equal(new ImageInfo("image/gif", ".gif", 1, 1), ImageInspector.Inspect(Images.Gif1x1));
        Assert.Equal(new ImageInfo("image/gif", ".gif", 640, 480), ImageInspector.Inspect(Images.GifHeader(640, 480)));
    }

    [Fact]
    public void Inspect_LosslessWebP_GivesTypeAndSize()
    {
        Assert.Equal(new ImageInfo("image/webp", ".webp", 1, 1), ImageInspector.Inspect(Images.WebPLossless1x1));
        Assert.Equal(new ImageInfo("image/webp", ".webp", 400, 300), ImageInspector.Inspect(Images.WebPLosslessHeader(400, 300)));
    }

    [Fact]
    public void Inspect_LossyWebP_GivesTypeAndSize() =>
        Assert.Equal(new ImageInfo("image/webp", ".webp", 640, 360), ImageInspector.Inspect(Images.WebPLossyHeader(640, 360)));

    [Fact]
    public void Inspect_ExtendedWebP_GivesTheCanvasSize() =>
        Assert.Equal(new ImageInfo("image/webp", ".webp", 1920, 1080), ImageInspector.Inspect(Images.WebPExtendedHeader(1920, 1080)));

    public static TheoryData<string, byte[]> NotImages => new()
    {
        { "Windows executable", Images.Exe },
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n") },
        { "HTML", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Ảnh</title></head><body><script>alert(1)</script></body></html>") },
        { "SVG", Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>") },
        { "SVG without XML declaration", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
        { "ZIP (docx)", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00] },
        { "RIFF that is not WebP (WAV)", Encoding.ASCII.GetBytes("RIFF\u0024\0\0\0WAVEfmt \u0010\0\0\0") },
        { "truncated PNG signature", [0x89, 0x50, 0x4E] },
        { "truncated GIF header", Encoding.ASCII.GetBytes("GIF89a") },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public void Inspect_FileThatIsNotAnAcceptedImage_ReturnsNull(string kind, byte[] data) =>
        Assert.True(ImageInspector.Inspect(data) is null, kind);
}

/// <summary>Image files built byte by byte, following each format's specification.</summary>
internal static class Images
{
    public static byte[] Png(int width, int height)
    {
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        WritePngChunk(file, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // filter: none
                for (var x = 0; x < width; x++)
                {
                    zlib.Write([0xC8, 0x10, 0x2E]); // the red of the flag
                }
            }
        }
        WritePngChunk(file, "IDAT", pixels.ToArray());
        WritePngChunk(file, "IEND", []);
        return file.ToArray();
    }

    private static void WritePngChunk(Stream file, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        file.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>
    /// A grey greyscale JPEG: one Huffman code per table, so every 8×8 block is "DC unchanged, end of block" (bits 00).
    /// </summary>
    public static byte[] Jpeg(int width, int height, bool withExif = false, bool progressive = false)
    {
        using var file = new MemoryStream();
        file.Write([0xFF, 0xD8]);
        Segment(file, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        if (withExif)
        {
            // "Exif\0\0" then a little-endian TIFF header with an empty first directory.
            Segment(file, 0xE1, [.. "Exif\0\0"u8, 0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
        }
        Segment(file, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]);
        // Huffman tables first so that the frame header is not the first segment after the tables (C4 is not a frame).
        Segment(file, 0xC4, [0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]);
        Segment(file, 0xC4, [0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]);
        Segment(file, progressive ? (byte)0xC2 : (byte)0xC0,
            [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        Segment(file, 0xDA, [1, 1, 0x00, 0, 63, 0]);
        var blocks = ((width + 7) / 8) * ((height + 7) / 8);
        var bits = new List<bool>();
        for (var i = 0; i < blocks * 2; i++)
        {
            bits.Add(false);
        }
        while (bits.Count % 8 != 0)
        {
            bits.Add(true);
        }
        for (var i = 0; i < bits.Count; i += 8)
        {
            var value = 0;
            for (var j = 0; j < 8; j++)
            {
                value = value << 1 | (bits[i + j] ? 1 : 0);
            }
            file.WriteByte((byte)value);
            if (value == 0xFF)
            {
                file.WriteByte(0x00);
            }
        }
        file.Write([0xFF, 0xD9]);
        return file.ToArray();
    }

    private static void Segment(Stream file, byte marker, byte[] payload)
    {
        file.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        file.Write(payload);
    }

    /// <summary>A complete 1×1 GIF89a: two-colour palette, one white pixel.</summary>
    public static readonly byte[] Gif1x1 =
    [
        .. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
        0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    public static byte[] GifHeader(int width, int height) =>
        [.. "GIF87a"u8, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x00, 0x00, 0x00, 0x3B];

    /// <summary>A complete 1×1 lossless WebP.</summary>
    public static readonly byte[] WebPLossless1x1 =
    [
        .. "RIFF"u8, 0x1A, 0x00, 0x00, 0x00, .. "WEBP"u8, .. "VP8L"u8, 0x0D, 0x00, 0x00, 0x00,
        0x2F, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00,
    ];

    public static byte[] WebPLosslessHeader(int width, int height)
    {
        var bits = (uint)(width - 1) | (uint)(height - 1) << 14;
        var header = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(header, bits);
        return Riff("VP8L", [0x2F, .. header, 0x00, 0x00]);
    }

    public static byte[] WebPLossyHeader(int width, int height) =>
        Riff("VP8 ", [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x00, 0x00]);

    public static byte[] WebPExtendedHeader(int width, int height)
    {
        var w = width - 1;
        var h = height - 1;
        return Riff("VP8X", [0x00, 0x00, 0x00, 0x00, (byte)w, (byte)(w >> 8), (byte)(w >> 16), (byte)h, (byte)(h >> 8), (byte)(h >> 16)]);
    }

    private static byte[] Riff(string chunk, byte[] payload)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(size, payload.Length);
        var body = Encoding.ASCII.GetBytes("WEBP" + chunk).Concat(size).Concat(payload).ToArray();
        var riffSize = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(riffSize, body.Length);
        return [.. "RIFF"u8, .. riffSize, .. body];
    }

    /// <summary>The start of a Windows executable: DOS header and stub.</summary>
    public static readonly byte[] Exe =
    [
        0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00,
        0xB8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        .. "This program cannot be run in DOS mode.\r\r\n$"u8,
    ];
}

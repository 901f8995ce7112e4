using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DangBo.Web.Tests.Infrastructure;

/// <summary>Real image files made in memory, so upload tests need no fixtures on disk.</summary>
public static class TestImages
{
    /// <summary>A valid RGB PNG of one colour; <paramref name="padTo"/> appends an ignored chunk to reach a size.</summary>
    public static byte[] Png(int width = 16, int height = 12, byte red = 0xB0, byte green = 0x20, byte blue = 0x30, int padTo = 0)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        WriteChunk(png, "IHDR", header);

        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            for (var x = 0; x < width; x++)
            {
                raw[row + 1 + x * 3] = red;
                raw[row + 2 + x * 3] = green;
                raw[row + 3 + x * 3] = blue;
            }
        }
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }
            WriteChunk(png, "IDAT", compressed.ToArray());
        }
        var padding = padTo - (int)png.Length - 12 - 12;
        if (padding > 0)
        {
            WriteChunk(png, "teXt", new byte[padding]);
        }
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The start of a Windows executable: what a renamed .exe looks like to the server.</summary>
    public static byte[] WindowsExecutable()
    {
        var bytes = new byte[2048];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(bytes, 78);
        return bytes;
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typeAndData = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type).CopyTo(typeAndData, 0);
        data.CopyTo(typeAndData, 4);
        stream.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        stream.Write(crc);
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
        return ~crc;
    }
}

using System.Buffers.Binary;

namespace DangBo.Web.Modules.Media.Services;

public sealed record ImageInfo(string ContentType, string Extension, int? Width, int? Height);

/// <summary>Recognises an image by its bytes, never by its name: JPEG, PNG, GIF and WebP only.</summary>
public static class ImageInspector
{
    public static ImageInfo? Inspect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 8 && data[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            int? w = null, h = null;
            if (data.Length >= 24 && data.Slice(12, 4).SequenceEqual("IHDR"u8))
            {
                w = BinaryPrimitives.ReadInt32BigEndian(data.Slice(16, 4));
                h = BinaryPrimitives.ReadInt32BigEndian(data.Slice(20, 4));
            }
            return new ImageInfo("image/png", ".png", w, h);
        }
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            var (w, h) = JpegSize(data);
            return new ImageInfo("image/jpeg", ".jpg", w, h);
        }
        if (data.Length >= 10 && (data[..6].SequenceEqual("GIF87a"u8) || data[..6].SequenceEqual("GIF89a"u8)))
        {
            return new ImageInfo("image/gif", ".gif", BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(6, 2)), BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(8, 2)));
        }
        if (data.Length >= 16 && data[..4].SequenceEqual("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            var (w, h) = WebPSize(data);
            return new ImageInfo("image/webp", ".webp", w, h);
        }
        return null;
    }

    private static (int?, int?) JpegSize(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return (null, null);
            }
            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 2, 2));
            // Start-of-frame markers carry the size; C4, C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 7, 2)), BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i + 5, 2)));
            }
            i += 2 + length;
        }
        return (null, null);
    }

    private static (int?, int?) WebPSize(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 30 && data.Slice(12, 4).SequenceEqual("VP8 "u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(26, 2)) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(28, 2)) & 0x3FFF);
        }
        if (data.Length >= 25 && data.Slice(12, 4).SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(21, 4));
            return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (data.Length >= 30 && data.Slice(12, 4).SequenceEqual("VP8X"u8))
        {
            var w = data[24] | data[25] << 8 | data[26] << 16;
            var h = data[27] | data[28] << 8 | data[29] << 16;
            return (w + 1, h + 1);
        }
        return (null, null);
    }
}

using System.Buffers.Binary;

namespace DangBo.Web.Modules.Demo.Pdf;

/// <summary>
/// A TrueType font reduced to the glyphs of a chosen character set, for embedding in PDFs: glyph ids stay as
/// they are (so a PDF can use them directly as CIDs) and unused glyphs become empty.
/// </summary>
public sealed class TrueTypeSubset
{
    public required byte[] FontFile { get; init; }
    public required IReadOnlyDictionary<char, ushort> GlyphOf { get; init; }
    /// <summary>Advance widths in PDF text space units (1/1000 of the font size), by glyph id.</summary>
    public required IReadOnlyDictionary<ushort, int> Widths { get; init; }
    public int Ascent { get; init; }
    public int Descent { get; init; }
    public required int[] BoundingBox { get; init; }
    public required string Name { get; init; }

    public static TrueTypeSubset? TryLoad(string path, IEnumerable<char> characters)
    {
        try
        {
            return File.Exists(path) ? Build(File.ReadAllBytes(path), characters, Path.GetFileNameWithoutExtension(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or InvalidDataException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static TrueTypeSubset Build(byte[] font, IEnumerable<char> characters, string name)
    {
        var tables = new Dictionary<string, (int Offset, int Length)>();
        var numTables = U16(font, 4);
        for (var i = 0; i < numTables; i++)
        {
            var record = 12 + i * 16;
            tables[System.Text.Encoding.ASCII.GetString(font, record, 4)] = ((int)U32(font, record + 8), (int)U32(font, record + 12));
        }
        foreach (var required in new[] { "head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new InvalidDataException("Not a TrueType outline font: no " + required);
            }
        }
        var head = tables["head"].Offset;
        var unitsPerEm = U16(font, head + 18);
        var longLoca = (short)U16(font, head + 50) == 1;
        var numGlyphs = U16(font, tables["maxp"].Offset + 4);
        var numberOfHMetrics = U16(font, tables["hhea"].Offset + 34);
        var hhea = tables["hhea"].Offset;
        int Scale(int v) => v * 1000 / unitsPerEm;

        var cmap = ReadCmap(font, tables["cmap"].Offset);
        var glyphOf = new Dictionary<char, ushort>();
        foreach (var c in characters.Distinct())
        {
            if (cmap.TryGetValue(c, out var gid) && gid != 0 && gid < numGlyphs)
            {
                glyphOf[c] = gid;
            }
        }

        int LocaAt(int gid) => longLoca ? (int)U32(font, tables["loca"].Offset + gid * 4) : U16(font, tables["loca"].Offset + gid * 2) * 2;
        var glyf = tables["glyf"].Offset;
        var keep = new HashSet<int> { 0 };
        var pending = new Stack<int>(glyphOf.Values.Select(g => (int)g));
        while (pending.Count > 0)
        {
            var gid = pending.Pop();
            if (!keep.Add(gid) && gid != 0)
            {
                continue;
            }
            var start = LocaAt(gid);
            var end = LocaAt(gid + 1);
            if (end - start < 10 || (short)U16(font, glyf + start) >= 0)
            {
                continue;
            }
            // A composite glyph (accented letters often are) needs its components too.
            var p = glyf + start + 10;
            while (true)
            {
                var flags = U16(font, p);
                var component = U16(font, p + 2);
                if (!keep.Contains(component))
                {
                    pending.Push(component);
                }
                p += 4 + ((flags & 0x1) != 0 ? 4 : 2);
                p += (flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
                if ((flags & 0x20) == 0)
                {
                    break;
                }
            }
        }

        using var newGlyf = new MemoryStream();
        var newLoca = new byte[(numGlyphs + 1) * 4];
        for (var gid = 0; gid < numGlyphs; gid++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(gid * 4), (uint)newGlyf.Length);
            if (keep.Contains(gid))
            {
                var start = LocaAt(gid);
                var length = LocaAt(gid + 1) - start;
                newGlyf.Write(font, glyf + start, length);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(numGlyphs * 4), (uint)newGlyf.Length);

        var newHead = font.AsSpan(head, tables["head"].Length).ToArray();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checksum adjustment, not checked by PDF readers

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = newHead,
            ["hhea"] = Slice(font, tables["hhea"]),
            ["hmtx"] = Slice(font, tables["hmtx"]),
            ["maxp"] = Slice(font, tables["maxp"]),
            ["loca"] = newLoca,
            ["glyf"] = newGlyf.ToArray(),
        };
        foreach (var optional in new[] { "cvt ", "fpgm", "prep" })
        {
            if (tables.TryGetValue(optional, out var t))
            {
                output[optional] = Slice(font, t);
            }
        }

        var widths = new Dictionary<ushort, int>();
        foreach (var gid in glyphOf.Values.Distinct())
        {
            var index = Math.Min(gid, numberOfHMetrics - 1);
            widths[gid] = Scale(U16(font, tables["hmtx"].Offset + index * 4));
        }
        return new TrueTypeSubset
        {
            FontFile = Assemble(output),
            GlyphOf = glyphOf,
            Widths = widths,
            Ascent = Scale((short)U16(font, hhea + 4)),
            Descent = Scale((short)U16(font, hhea + 6)),
            BoundingBox = [Scale((short)U16(font, head + 36)), Scale((short)U16(font, head + 38)), Scale((short)U16(font, head + 40)), Scale((short)U16(font, head + 42))],
            Name = new string(name.Where(char.IsAsciiLetterOrDigit).ToArray()),
        };
    }

    private static Dictionary<char, ushort> ReadCmap(byte[] font, int cmap)
    {
        var count = U16(font, cmap + 2);
        for (var i = 0; i < count; i++)
        {
            var platform = U16(font, cmap + 4 + i * 8);
            var encoding = U16(font, cmap + 6 + i * 8);
            var offset = cmap + (int)U32(font, cmap + 8 + i * 8);
            if (platform == 3 && encoding == 1 && U16(font, offset) == 4)
            {
                return ReadFormat4(font, offset);
            }
        }
        throw new InvalidDataException("No Unicode BMP cmap");
    }

    private static Dictionary<char, ushort> ReadFormat4(byte[] font, int t)
    {
        var map = new Dictionary<char, ushort>();
        var segCount = U16(font, t + 6) / 2;
        var ends = t + 14;
        var starts = ends + segCount * 2 + 2;
        var deltas = starts + segCount * 2;
        var rangeOffsets = deltas + segCount * 2;
        for (var s = 0; s < segCount; s++)
        {
            int end = U16(font, ends + s * 2), start = U16(font, starts + s * 2);
            var delta = (short)U16(font, deltas + s * 2);
            var rangeOffset = U16(font, rangeOffsets + s * 2);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int gid;
                if (rangeOffset == 0)
                {
                    gid = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    gid = U16(font, at);
                    if (gid != 0)
                    {
                        gid = (gid + delta) & 0xFFFF;
                    }
                }
                if (gid != 0)
                {
                    map[(char)c] = (ushort)gid;
                }
            }
        }
        return map;
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var headerLength = 12 + count * 16;
        using var stream = new MemoryStream();
        var header = new byte[headerLength];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)count);
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)(count * 16 - power * 16));
        var offset = headerLength;
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var record = 12 + i++ * 16;
            System.Text.Encoding.ASCII.GetBytes(tag, header.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 12), (uint)data.Length);
            offset += (data.Length + 3) & ~3;
        }
        stream.Write(header);
        foreach (var data in tables.Values)
        {
            stream.Write(data);
            for (var pad = data.Length; pad % 4 != 0; pad++)
            {
                stream.WriteByte(0);
            }
        }
        return stream.ToArray();
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = word << 8 | (i + k < data.Length ? data[i + k] : 0u);
            }
            sum += word;
        }
        return sum;
    }

    private static byte[] Slice(byte[] font, (int Offset, int Length) t) => font.AsSpan(t.Offset, t.Length).ToArray();

    private static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at, 2));

    private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at, 4));
}

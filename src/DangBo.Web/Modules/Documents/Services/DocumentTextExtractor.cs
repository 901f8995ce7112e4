using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace DangBo.Web.Modules.Documents.Services;

/// <summary>
/// Plain text of an attachment, for search. The registry here has no PDF library (PdfPig is absent), so PDFs
/// are read by a small extractor: text-showing operators in (Flate) content streams, decoded through the
/// file's ToUnicode maps when it has them. Scanned PDFs or exotic encodings give little or no text; that is
/// acceptable, since the metadata stays searchable. Never throws on bad input.
/// </summary>
public static class DocumentTextExtractor
{
    public const int MaxChars = 200_000;

    public static string? Extract(DocumentFileKind kind, byte[] data)
    {
        try
        {
            var text = kind == DocumentFileInspector.Pdf ? PdfText(data)
                : kind == DocumentFileInspector.Docx ? DocxText(data)
                : kind == DocumentFileInspector.Xlsx ? XlsxText(data)
                : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            text = text.Normalize(NormalizationForm.FormC).Trim();
            return text.Length > MaxChars ? text[..MaxChars] : text;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return null;
        }
    }

    private static string DocxText(byte[] data)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(data, writable: false), false);
        var body = doc.MainDocumentPart?.Document.Body;
        if (body is null)
        {
            return "";
        }
        return string.Join("\n", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static string XlsxText(byte[] data)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(data, writable: false), false);
        var strings = doc.WorkbookPart?.SharedStringTablePart?.SharedStringTable;
        return strings is null ? "" : string.Join("\n", strings.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(s => s.InnerText));
    }

    // ---- PDF ----

    public static string PdfText(byte[] data)
    {
        var raw = Encoding.Latin1.GetString(data);
        var streams = new List<string>();
        var index = 0;
        while ((index = raw.IndexOf("stream", index, StringComparison.Ordinal)) >= 0)
        {
            if (index >= 3 && raw.AsSpan(index - 3, 3).SequenceEqual("end"))
            {
                index += 6;
                continue;
            }
            var start = index + 6;
            if (start < raw.Length && raw[start] == '\r')
            {
                start++;
            }
            if (start < raw.Length && raw[start] == '\n')
            {
                start++;
            }
            var end = raw.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }
            var dictStart = raw.LastIndexOf("<<", index, Math.Min(index, 4000), StringComparison.Ordinal);
            var dict = dictStart >= 0 ? raw[dictStart..index] : "";
            // Embedded font programs and images hold no text.
            if (dict.Contains("/Length1", StringComparison.Ordinal) || dict.Contains("/Image", StringComparison.Ordinal))
            {
                index = end + 9;
                continue;
            }
            var body = data.AsSpan(start, end - start).ToArray();
            if (dict.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                body = Inflate(body);
            }
            else if (dict.Contains("/Filter", StringComparison.Ordinal))
            {
                body = [];
            }
            if (body.Length > 0)
            {
                streams.Add(Encoding.Latin1.GetString(body));
            }
            index = end + 9;
        }
        var cmap = new Dictionary<int, string>();
        foreach (var s in streams.Where(s => s.Contains("begincmap", StringComparison.Ordinal)))
        {
            ReadCMap(s, cmap);
        }
        var text = new StringBuilder();
        foreach (var s in streams.Where(s => !s.Contains("begincmap", StringComparison.Ordinal) && s.Contains("BT", StringComparison.Ordinal)))
        {
            ReadContent(s, cmap, text);
            if (text.Length > MaxChars)
            {
                break;
            }
        }
        return text.ToString();
    }

    private static byte[] Inflate(byte[] body)
    {
        try
        {
            using var output = new MemoryStream();
            using (var z = new ZLibStream(new MemoryStream(body), CompressionMode.Decompress))
            {
                z.CopyTo(output);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    private static void ReadCMap(string s, Dictionary<int, string> map)
    {
        var tokens = Tokens(s).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Operator && tokens[i].Text == "beginbfchar")
            {
                for (i++; i + 1 < tokens.Count && tokens[i].Text != "endbfchar"; i += 2)
                {
                    map[HexNumber(tokens[i].Bytes)] = Utf16(tokens[i + 1].Bytes);
                }
            }
            else if (tokens[i].Kind == TokenKind.Operator && tokens[i].Text == "beginbfrange")
            {
                for (i++; i + 2 < tokens.Count && tokens[i].Text != "endbfrange"; i += 3)
                {
                    var from = HexNumber(tokens[i].Bytes);
                    var to = HexNumber(tokens[i + 1].Bytes);
                    if (tokens[i + 2].Kind == TokenKind.String)
                    {
                        var first = Utf16(tokens[i + 2].Bytes);
                        for (var c = from; c <= to && c - from < 65536 && first.Length > 0; c++)
                        {
                            map[c] = first[..^1] + (char)(first[^1] + (c - from));
                        }
                    }
                    else if (tokens[i + 2].Kind == TokenKind.ArrayStart)
                    {
                        var c = from;
                        for (i += 3; i < tokens.Count && tokens[i].Kind != TokenKind.ArrayEnd; i++)
                        {
                            map[c++] = Utf16(tokens[i].Bytes);
                        }
                        i -= 2;
                    }
                }
            }
        }
    }

    private static void ReadContent(string s, Dictionary<int, string> cmap, StringBuilder text)
    {
        var operands = new List<Token>();
        foreach (var token in Tokens(s))
        {
            if (token.Kind != TokenKind.Operator)
            {
                operands.Add(token);
                continue;
            }
            switch (token.Text)
            {
                case "Tj" or "'" or "\"":
                    if (token.Text != "Tj")
                    {
                        text.Append('\n');
                    }
                    foreach (var o in operands.Where(o => o.Kind == TokenKind.String).TakeLast(1))
                    {
                        text.Append(Decode(o, cmap));
                    }
                    break;
                case "TJ":
                    foreach (var o in operands)
                    {
                        if (o.Kind == TokenKind.String)
                        {
                            text.Append(Decode(o, cmap));
                        }
                        else if (o.Kind == TokenKind.Number && double.TryParse(o.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var gap) && gap < -200)
                        {
                            text.Append(' ');
                        }
                    }
                    break;
                case "Td" or "TD" or "T*" or "ET":
                    if (text.Length > 0 && text[^1] != '\n')
                    {
                        text.Append('\n');
                    }
                    break;
            }
            operands.Clear();
        }
    }

    private static string Decode(Token token, Dictionary<int, string> cmap)
    {
        var bytes = token.Bytes;
        if (cmap.Count > 0 && bytes.Length % 2 == 0)
        {
            var sb = new StringBuilder();
            var mapped = true;
            for (var i = 0; i < bytes.Length; i += 2)
            {
                if (cmap.TryGetValue(bytes[i] << 8 | bytes[i + 1], out var u))
                {
                    sb.Append(u);
                }
                else
                {
                    mapped = false;
                    break;
                }
            }
            if (mapped)
            {
                return sb.ToString();
            }
        }
        return Encoding.Latin1.GetString(bytes);
    }

    private static int HexNumber(byte[] bytes) => bytes.Aggregate(0, (n, b) => n << 8 | b);

    private static string Utf16(byte[] bytes) => bytes.Length % 2 == 0 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);

    private enum TokenKind { Operator, Number, String, Name, ArrayStart, ArrayEnd, Other }

    private sealed record Token(TokenKind Kind, string Text, byte[] Bytes);

    private static IEnumerable<Token> Tokens(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c) || c == '\0')
            {
                i++;
            }
            else if (c == '%')
            {
                while (i < s.Length && s[i] != '\n' && s[i] != '\r')
                {
                    i++;
                }
            }
            else if (c == '(')
            {
                var bytes = new List<byte>();
                var depth = 1;
                i++;
                while (i < s.Length && depth > 0)
                {
                    var ch = s[i++];
                    if (ch == '\\' && i < s.Length)
                    {
                        var e = s[i++];
                        switch (e)
                        {
                            case 'n': bytes.Add(10); break;
                            case 'r': bytes.Add(13); break;
                            case 't': bytes.Add(9); break;
                            case 'b': bytes.Add(8); break;
                            case 'f': bytes.Add(12); break;
                            case >= '0' and <= '7':
                                var octal = e - '0';
                                for (var k = 0; k < 2 && i < s.Length && s[i] is >= '0' and <= '7'; k++)
                                {
                                    octal = octal * 8 + (s[i++] - '0');
                                }
                                bytes.Add((byte)octal);
                                break;
                            case '\r' or '\n': break;
                            default: bytes.Add((byte)e); break;
                        }
                        continue;
                    }
                    if (ch == '(')
                    {
                        depth++;
                    }
                    else if (ch == ')' && --depth == 0)
                    {
                        break;
                    }
                    bytes.Add((byte)ch);
                }
                yield return new Token(TokenKind.String, "", bytes.ToArray());
            }
            else if (c == '<' && i + 1 < s.Length && s[i + 1] == '<' || c == '>' && i + 1 < s.Length && s[i + 1] == '>')
            {
                i += 2;
                yield return new Token(TokenKind.Other, "", []);
            }
            else if (c == '<')
            {
                var end = s.IndexOf('>', i);
                if (end < 0)
                {
                    yield break;
                }
                var hex = new string(s[(i + 1)..end].Where(Uri.IsHexDigit).ToArray());
                if (hex.Length % 2 == 1)
                {
                    hex += "0";
                }
                yield return new Token(TokenKind.String, "", Convert.FromHexString(hex));
                i = end + 1;
            }
            else if (c == '[')
            {
                i++;
                yield return new Token(TokenKind.ArrayStart, "[", []);
            }
            else if (c == ']')
            {
                i++;
                yield return new Token(TokenKind.ArrayEnd, "]", []);
            }
            else
            {
                var start = i;
                i++;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && "()<>[]{}/%".IndexOf(s[i]) < 0)
                {
                    i++;
                }
                var word = s[start..i];
                var kind = c == '/' ? TokenKind.Name
                    : c is '-' or '+' or '.' || char.IsDigit(c) ? TokenKind.Number
                    : c is '{' or '}' ? TokenKind.Other
                    : TokenKind.Operator;
                yield return new Token(kind, word, []);
            }
        }
    }
}

using System.IO.Compression;
using DangBo.Web.Modules.Media.Services;

namespace DangBo.Web.Modules.Documents.Services;

public sealed record DocumentFileKind(string ContentType, string Extension, string Label);

/// <summary>Recognises an attachment by its bytes and structure, never by its name: PDF, DOCX, XLSX, JPEG, PNG.</summary>
public static class DocumentFileInspector
{
    public static readonly DocumentFileKind Pdf = new("application/pdf", ".pdf", "PDF");
    public static readonly DocumentFileKind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word (DOCX)");
    public static readonly DocumentFileKind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel (XLSX)");
    public static readonly DocumentFileKind Jpeg = new("image/jpeg", ".jpg", "Ảnh JPEG");
    public static readonly DocumentFileKind Png = new("image/png", ".png", "Ảnh PNG");

    public static readonly DocumentFileKind[] All = [Pdf, Docx, Xlsx, Jpeg, Png];

    public static DocumentFileKind? ByContentType(string contentType) => All.FirstOrDefault(k => k.ContentType == contentType);

    public static DocumentFileKind? Inspect(byte[] data)
    {
        if (data.Length >= 8 && data.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            // A real PDF ends with its trailer; a truncated or disguised one does not.
            var tail = data.AsSpan(Math.Max(0, data.Length - 2048));
            return tail.IndexOf("%%EOF"u8) >= 0 ? Pdf : null;
        }
        if (data.Length >= 4 && data.AsSpan(0, 4).SequenceEqual("PK\u0003\u0004"u8))
        {
            return InspectOfficeZip(data);
        }
        return ImageInspector.Inspect(data)?.ContentType switch
        {
            "image/jpeg" => Jpeg,
            "image/png" => Png,
            _ => null,
        };
    }

    private static DocumentFileKind? InspectOfficeZip(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > 1_000_000)
            {
                return null;
            }
            string xml;
            using (var reader = new StreamReader(types.Open()))
            {
                xml = reader.ReadToEnd();
            }
            if (xml.Contains("wordprocessingml.document.main+xml", StringComparison.Ordinal) && zip.GetEntry("word/document.xml") is not null)
            {
                return Docx;
            }
            if (xml.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal) && zip.GetEntry("xl/workbook.xml") is not null)
            {
                return Xlsx;
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

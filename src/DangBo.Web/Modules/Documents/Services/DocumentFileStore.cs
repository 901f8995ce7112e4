using System.Text;
using DangBo.Web.Infrastructure;
using DangBo.Web.Modules.Documents.Models;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Modules.Documents.Services;

public sealed class DocumentOptions
{
    public const string SectionName = "Documents";
    /// <summary>Largest attachment accepted, in bytes (default 20 MB).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>The folder attachments live in: &lt;data folder&gt;/documents. Never served as static files.</summary>
public sealed class DocumentRoot(string path)
{
    public string Path { get; } = path;

    public string Resolve(string relative)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relative));
        if (!full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new DomainException("Đường dẫn tệp không hợp lệ.");
        }
        return full;
    }
}

/// <summary>Checks an attachment by its content and size, stores it under a server-chosen name and extracts its text.</summary>
public sealed class DocumentFileStore(DocumentRoot root, IOptions<DocumentOptions> options, TimeProvider clock)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    public string SizeLimitText => FormatSize(MaxFileBytes);

    public string TooLargeMessage(string? name) =>
        $"Tệp \"{SafeOriginalName(name, "")}\" quá lớn: mỗi tệp tối đa {SizeLimitText}.";

    public async Task<byte[]> ReadUploadAsync(IFormFile upload, CancellationToken ct)
    {
        if (upload.Length > MaxFileBytes)
        {
            throw new DomainException(TooLargeMessage(upload.FileName));
        }
        using var buffer = new MemoryStream();
        await using (var stream = upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }
        return buffer.ToArray();
    }

    /// <summary>Writes the file and returns an unsaved <see cref="DocumentFile"/>; throws <see cref="DomainException"/> with a message for the user.</summary>
    public async Task<DocumentFile> StoreAsync(byte[] bytes, string? originalName, CancellationToken ct)
    {
        if (bytes.Length == 0)
        {
            throw new DomainException($"Tệp \"{SafeOriginalName(originalName, "")}\" trống.");
        }
        if (bytes.Length > MaxFileBytes)
        {
            throw new DomainException(TooLargeMessage(originalName));
        }
        var kind = DocumentFileInspector.Inspect(bytes)
            ?? throw new DomainException($"Tệp \"{SafeOriginalName(originalName, "")}\" không phải là PDF, Word (DOCX), Excel (XLSX) hoặc ảnh JPEG, PNG. Hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp.");
        var now = clock.GetUtcNow().UtcDateTime;
        var relative = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}{kind.Extension}";
        var full = root.Resolve(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, ct);
        return new DocumentFile
        {
            StoragePath = relative,
            OriginalName = SafeOriginalName(originalName, kind.Extension),
            ContentType = kind.ContentType,
            SizeBytes = bytes.Length,
            ExtractedText = DocumentTextExtractor.Extract(kind, bytes),
            UploadedAt = now,
        };
    }

    public void TryDelete(string storagePath)
    {
        try
        {
            File.Delete(root.Resolve(storagePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DomainException)
        {
            // A leftover file costs disk space only; the record is what readers see.
        }
    }

    public Stream OpenRead(DocumentFile file) => File.OpenRead(root.Resolve(file.StoragePath));

    public bool Exists(DocumentFile file) => File.Exists(root.Resolve(file.StoragePath));

    /// <summary>The uploader's file name, kept only for display and download: no folders, no control characters, NFC.</summary>
    public static string SafeOriginalName(string? name, string extension)
    {
        var file = (name ?? "").Replace('\\', '/');
        file = file[(file.LastIndexOf('/') + 1)..];
        file = new string(file.Where(c => !char.IsControl(c) && c != '"').ToArray()).Normalize(NormalizationForm.FormC).Trim().TrimStart('.');
        if (file.Length == 0)
        {
            file = "tep" + extension;
        }
        return file.Length > 200 ? file[..200] : file;
    }

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " KB",
        _ => bytes + " byte",
    };
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Media.Models;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Modules.Media.Services;

public sealed class MediaOptions
{
    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>libvips' thumbnail tool; when it cannot be run, resized addresses serve the original.</summary>
    public string VipsThumbnailPath { get; set; } = "vipsthumbnail";
}

/// <summary>Stores uploaded images under the data folder with names the server chooses.</summary>
public sealed class MediaStore(DangBoDbContext db, IOptions<MediaOptions> options, MediaRoot root, TimeProvider clock)
{
    public long MaxImageBytes => options.Value.MaxImageBytes;

    /// <summary>Checks the bytes, writes the file, records it. Throws <see cref="DomainException"/> with a message for the user.</summary>
    public async Task<MediaFile> SaveImageAsync(int portalId, IFormFile upload, string? userId, CancellationToken ct = default)
    {
        if (upload.Length == 0)
        {
            throw new DomainException("Tệp ảnh trống.");
        }
        if (upload.Length > MaxImageBytes)
        {
            throw new DomainException($"Ảnh quá lớn: tối đa {MaxImageBytes / (1024 * 1024)} MB.");
        }
        using var buffer = new MemoryStream();
        await using (var stream = upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }
        return await SaveImageAsync(portalId, buffer.ToArray(), upload.FileName, userId, ct);
    }

    public async Task<MediaFile> SaveImageAsync(int portalId, byte[] bytes, string? originalName, string? userId, CancellationToken ct = default)
    {
        if (bytes.Length > MaxImageBytes)
        {
            throw new DomainException($"Ảnh quá lớn: tối đa {MaxImageBytes / (1024 * 1024)} MB.");
        }
        var info = ImageInspector.Inspect(bytes)
            ?? throw new DomainException("Tệp tải lên không phải là ảnh JPEG, PNG, GIF hoặc WebP.");
        var now = clock.GetUtcNow().UtcDateTime;
        var relative = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}{info.Extension}";
        var fullPath = root.Resolve(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await File.WriteAllBytesAsync(fullPath, bytes, ct);

        var media = new MediaFile
        {
            PortalId = portalId,
            StoragePath = relative,
            ContentType = info.ContentType,
            SizeBytes = bytes.Length,
            Width = info.Width,
            Height = info.Height,
            OriginalFileName = SafeOriginalName(originalName),
            UploadedByUserId = userId,
            UploadedAt = now,
        };
        db.MediaFiles.Add(media);
        await db.SaveChangesAsync(ct);
        return media;
    }

    private static string? SafeOriginalName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var file = Path.GetFileName(name.Replace('\\', '/'));
        return file.Length > 300 ? file[..300] : file;
    }
}

/// <summary>The folder uploaded media live in: &lt;data folder&gt;/media.</summary>
public sealed class MediaRoot(string path)
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

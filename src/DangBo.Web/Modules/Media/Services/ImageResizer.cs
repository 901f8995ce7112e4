using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace DangBo.Web.Modules.Media.Services;

/// <summary>
/// Smaller versions of uploaded images for <c>srcset</c>, made once per width by libvips' <c>vipsthumbnail</c>
/// (Debian's libvips-tools) and kept next to the originals. Without the tool the original is served: the page
/// still works, it is only heavier.
/// </summary>
public sealed class ImageResizer(MediaRoot root, IOptions<MediaOptions> options, ILogger<ImageResizer> logger)
{
    /// <summary>The widths offered in srcset: phone, tablet/column, wide column.</summary>
    public static readonly int[] Widths = [320, 640, 960];

    public const string ResizedFolder = "_w";

    private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _inProgress = new();

    private readonly ConcurrentDictionary<string, int?> _originalWidths = new();

    /// <summary>
    /// srcset for a stored image ("/media/..."): the smaller widths and the original at its own width, so the
    /// browser never takes a small original for a wide one. Null for other addresses and for images no wider
    /// than the smallest width. Widths are read from the file once and remembered.
    /// </summary>
    public string? SrcSet(string? path)
    {
        if (path is null || !path.StartsWith("/media/", StringComparison.Ordinal) || path.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }
        var relative = path["/media/".Length..];
        if (relative.StartsWith(ResizedFolder + "/", StringComparison.Ordinal)
            || _originalWidths.GetOrAdd(relative, OriginalWidth) is not int original || original <= Widths[0])
        {
            return null;
        }
        return string.Join(", ", Widths.Where(w => w < original).Select(w => $"/media/{ResizedFolder}/{w}/{relative} {w}w")
            .Append($"{path} {original}w"));
    }

    private int? OriginalWidth(string relative)
    {
        try
        {
            var file = root.Resolve(relative);
            if (!File.Exists(file))
            {
                return null;
            }
            // The dimensions sit in the first bytes of PNG, GIF and WebP; a JPEG's frame header may come after its metadata.
            using var stream = File.OpenRead(file);
            var head = new byte[(int)Math.Min(stream.Length, 256 * 1024)];
            stream.ReadExactly(head);
            return ImageInspector.Inspect(head)?.Width;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Infrastructure.DomainException)
        {
            return null;
        }
    }

    /// <summary>The file to send for the width: the resized copy (made now if needed), or the original.</summary>
    public async Task<string?> FileForAsync(int width, string relative, CancellationToken ct)
    {
        if (!Widths.Contains(width))
        {
            return null;
        }
        string original;
        try
        {
            original = root.Resolve(relative);
        }
        catch (Infrastructure.DomainException)
        {
            return null;
        }
        if (!File.Exists(original))
        {
            return null;
        }
        var target = root.Resolve(Path.Combine(ResizedFolder, width.ToString(System.Globalization.CultureInfo.InvariantCulture), relative));
        if (File.Exists(target))
        {
            return target;
        }
        var made = await _inProgress.GetOrAdd(target, t => new Lazy<Task<bool>>(() => ResizeAsync(original, t, width))).Value.WaitAsync(ct);
        _inProgress.TryRemove(target, out _);
        return made ? target : original;
    }

    private async Task<bool> ResizeAsync(string original, string target, int width)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside the target and moved into place, so a half-written file is never served.
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Guid.NewGuid():N}{Path.GetExtension(target)}");
        var start = new ProcessStartInfo(options.Value.VipsThumbnailPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // "WIDTHx>" fits the width and never enlarges; the output format follows the extension.
        start.ArgumentList.Add(original);
        start.ArgumentList.Add("--size");
        start.ArgumentList.Add($"{width}x>");
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(temporary + (temporary.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) ? "[Q=82,strip]" : ""));
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0 || !File.Exists(temporary))
            {
                logger.LogWarning("vipsthumbnail failed for {File}: {Error}", original, await stderr);
                return false;
            }
            File.Move(temporary, target, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or OperationCanceledException or IOException)
        {
            // Not installed (or stuck): the original is served instead.
            logger.LogInformation("Serving the original of {File}: {Reason}", original, ex.Message);
            return false;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}

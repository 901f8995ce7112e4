using DangBo.Web.Modules.Demo.Artwork;
using DangBo.Web.Modules.Media.Services;
using DangBo.Web.Modules.Organisation.Models;

namespace DangBo.Web.Modules.Demo;

/// <summary>
/// The generated images of the demo: two covers per category (alternating between its articles), one cover per
/// special topic and one portrait placeholder per leading body. Each is stored once and shared by its users.
/// </summary>
internal sealed class DemoImages
{
    private static readonly Dictionary<string, Palette> CategoryPalettes = new()
    {
        ["thoi-su"] = Palette.Of(0x8E1B1B, 0xC8372D, 0xF6C945, 0xFFF1D6),
        ["xay-dung-dang"] = Palette.Of(0x6D0F14, 0xB3202A, 0xFFD25A, 0xFFE9C2),
        ["kinh-te"] = Palette.Of(0x0E4D3A, 0x2F8F5B, 0xE3D96A, 0xE8F5E0),
        ["van-hoa-xa-hoi"] = Palette.Of(0x1D3C6E, 0x3F7CB8, 0xF5B45A, 0xE6F0FA),
        ["quoc-phong-an-ninh"] = Palette.Of(0x2F3D22, 0x6A7A3A, 0xF0D46A, 0xEEF0DC),
        ["bao-ve-nen-tang-tu-tuong"] = Palette.Of(0x1B2A49, 0x8E1B2C, 0xF4D35E, 0xF3E6E8),
        ["hoc-tap-va-lam-theo-bac"] = Palette.Of(0x6B3410, 0xC27A2C, 0xFFF0B8, 0xFFF6E3),
    };

    private static readonly Dictionary<string, (Palette Palette, CoverStyle Style)> TopicCovers = new()
    {
        ["dai-hoi-dang-bo-tinh-nhiem-ky-2025-2030"] = (Palette.Of(0x9E1B1B, 0xD9822B, 0xFFE08A, 0xFFF4DA), CoverStyle.Dawn),
        ["sap-xep-to-chuc-bo-may"] = (Palette.Of(0x243B55, 0x5B7A99, 0xF2C14E, 0xE7EEF5), CoverStyle.Waves),
        ["chuyen-doi-so"] = (Palette.Of(0x0B2545, 0x1368AA, 0x5ED3F3, 0xDDF4FF), CoverStyle.Grid),
    };

    private static readonly Dictionary<CommitteeBody, Palette> PortraitPalettes = new()
    {
        [CommitteeBody.StandingOffice] = Palette.Of(0x7A1518, 0xB0302F, 0xF6C945, 0xFFF1D6),
        [CommitteeBody.StandingBoard] = Palette.Of(0x22344F, 0x4A6A8F, 0xF2C94C, 0xE8EEF5),
        [CommitteeBody.ExecutiveCommittee] = Palette.Of(0x234B3A, 0x4E8A6A, 0xF2D36B, 0xE6F3EA),
        [CommitteeBody.None] = Palette.Of(0x4A4A52, 0x7A7D88, 0xE9C46A, 0xF0F0F2),
    };

    private static readonly CoverStyle[] CategoryStyles = [CoverStyle.Dawn, CoverStyle.Waves];

    private sealed record Artwork(string Key, string FileName, Func<byte[]> Render);

    /// <summary>Rendering is the slow part of the seed and its output never changes, so it happens once per process.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, (string FileName, byte[] Png)>> Rendered = new(() =>
    {
        var artworks = CategoryPalettes.SelectMany(c => CategoryStyles.Select((style, i) =>
                new Artwork(CategoryKey(c.Key, i), $"{c.Key}-{i + 1}.png", () => DemoArtwork.Cover(c.Value, style))))
            .Concat(TopicCovers.Select(t => new Artwork(TopicKey(t.Key), $"chuyen-de-{t.Key}.png", () => DemoArtwork.Cover(t.Value.Palette, t.Value.Style))))
            .Concat(PortraitPalettes.Select(p => new Artwork(PortraitKey(p.Key), $"chan-dung-{p.Key.ToString().ToLowerInvariant()}.png", () => DemoArtwork.Portrait(p.Value))))
            .ToList();
        var results = new (string, byte[])[artworks.Count];
        Parallel.For(0, artworks.Count, i => results[i] = (artworks[i].FileName, artworks[i].Render()));
        return artworks.Select((a, i) => (a.Key, results[i])).ToDictionary(x => x.Key, x => x.Item2);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IReadOnlyDictionary<string, string> _urls;
    private readonly Dictionary<string, int> _nextCover = [];

    private DemoImages(IReadOnlyDictionary<string, string> urls) => _urls = urls;

    /// <summary>Stores every image through the media store (real files in the data folder) and remembers their addresses.</summary>
    public static async Task<DemoImages> StoreAsync(MediaStore media, int portalId, CancellationToken ct)
    {
        var rendered = await Task.Run(() => Rendered.Value, ct);
        var urls = new Dictionary<string, string>();
        foreach (var (key, (fileName, png)) in rendered)
        {
            urls[key] = (await media.SaveImageAsync(portalId, png, fileName, userId: null, ct)).PublicUrl;
        }
        return new DemoImages(urls);
    }

    public string Portrait(CommitteeBody body) => _urls[PortraitKey(body)];

    public string? TopicCover(string topicSlug) => _urls.GetValueOrDefault(TopicKey(topicSlug));

    /// <summary>The next cover of the category's pair, so that neighbouring articles in a list differ.</summary>
    public string? NextCategoryCover(string? categorySlug)
    {
        if (categorySlug is null || !CategoryPalettes.ContainsKey(categorySlug))
        {
            return null;
        }
        var n = _nextCover.GetValueOrDefault(categorySlug);
        _nextCover[categorySlug] = n + 1;
        return _urls[CategoryKey(categorySlug, n % CategoryStyles.Length)];
    }

    private static string CategoryKey(string slug, int variant) => $"category:{slug}:{variant}";

    private static string TopicKey(string slug) => $"topic:{slug}";

    private static string PortraitKey(CommitteeBody body) => $"portrait:{body}";
}

namespace DangBo.Web.Modules.Portals.Models;

/// <summary>A block of the portal home page, in display order.</summary>
public class HomeBlock
{
    public int Id { get; set; }
    public int PortalId { get; set; }
    public HomeBlockKind Kind { get; set; }
    public string? Title { get; set; }
    /// <summary>For <see cref="HomeBlockKind.Category"/>: the category shown.</summary>
    public int? CategoryId { get; set; }
    public int ItemCount { get; set; } = 5;
    public int SortOrder { get; set; }
    public bool IsVisible { get; set; } = true;
}

public enum HomeBlockKind
{
    Featured = 1,
    Latest = 2,
    Category = 3,
    Topics = 4,
    /// <summary>Articles of other portals this portal carries: accepted from below, pushed from above.</summary>
    Carried = 5,
    /// <summary>The latest news of the portals below this one in the organisation tree.</summary>
    SubPortals = 6,
}

public static class HomeBlockKindNames
{
    public static string ToVietnamese(this HomeBlockKind kind) => kind switch
    {
        HomeBlockKind.Featured => "Tin nổi bật",
        HomeBlockKind.Latest => "Tin mới",
        HomeBlockKind.Category => "Chuyên mục",
        HomeBlockKind.Topics => "Chuyên đề",
        HomeBlockKind.Carried => "Tin chia sẻ giữa các cấp",
        HomeBlockKind.SubPortals => "Tin các đơn vị",
        _ => kind.ToString(),
    };
}

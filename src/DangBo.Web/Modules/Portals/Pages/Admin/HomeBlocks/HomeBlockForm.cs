using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Portals.Services;

namespace DangBo.Web.Modules.Portals.Pages.Admin.HomeBlocks;

public sealed class HomeBlockFormInput
{
    public HomeBlockKind? Kind { get; set; }
    public string? Title { get; set; }
    public int? CategoryId { get; set; }
    public int ItemCount { get; set; } = 5;
    public int SortOrder { get; set; }
    public bool IsVisible { get; set; } = true;

    public HomeBlockInput ToInput() => new(Kind, Title, CategoryId, ItemCount, SortOrder, IsVisible);

    public static HomeBlockFormInput From(HomeBlock b) => new()
    {
        Kind = b.Kind, Title = b.Title, CategoryId = b.CategoryId, ItemCount = b.ItemCount, SortOrder = b.SortOrder, IsVisible = b.IsVisible,
    };
}

public interface IHomeBlockFormPage
{
    HomeBlockFormInput Input { get; }
    IReadOnlyList<OptionItem> Categories { get; }
}

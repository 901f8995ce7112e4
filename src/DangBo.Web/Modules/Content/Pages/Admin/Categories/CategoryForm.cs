using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Content.Services;

namespace DangBo.Web.Modules.Content.Pages.Admin.Categories;

public sealed class CategoryFormInput
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public int? ParentId { get; set; }
    public int SortOrder { get; set; }
    public bool IsMain { get; set; } = true;

    public CategoryInput ToInput() => new(Name, Slug, Description, ParentId, SortOrder, IsMain);

    public static CategoryFormInput From(Category c) => new()
    {
        Name = c.Name, Slug = c.Slug, Description = c.Description, ParentId = c.ParentId, SortOrder = c.SortOrder, IsMain = c.IsMain,
    };
}

/// <summary>The create and edit pages, as the shared fields partial sees them.</summary>
public interface ICategoryFormPage
{
    CategoryFormInput Input { get; }
    IReadOnlyList<OptionItem> Parents { get; }
}

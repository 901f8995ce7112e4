namespace DangBo.Web.Modules.Content.Models;

/// <summary>A news category (chuyên mục) of one portal.</summary>
public class Category
{
    public int Id { get; set; }
    public int PortalId { get; set; }
    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Main categories get a block on the home page and an entry in the menu.</summary>
    public bool IsMain { get; set; } = true;
}

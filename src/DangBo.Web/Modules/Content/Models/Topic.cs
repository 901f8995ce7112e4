namespace DangBo.Web.Modules.Content.Models;

/// <summary>A special topic (chuyên đề): a campaign such as a party congress, across categories.</summary>
public class Topic
{
    public int Id { get; set; }
    public int PortalId { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Description { get; set; }
    public string? CoverImagePath { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public List<Article> Articles { get; set; } = [];
}

namespace DangBo.Web.Modules.Content.Models;

/// <summary>A static page of the introduction section: history, geography and potential, ...</summary>
public class StaticPage
{
    public int Id { get; set; }
    public int PortalId { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public required string BodyHtml { get; set; }
    public int SortOrder { get; set; }
    public bool IsPublished { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
}

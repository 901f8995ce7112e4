using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;

namespace DangBo.Web.Modules.Content.Pages.Admin.Topics;

public sealed class TopicFormInput
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    public TopicInput ToInput() => new(Name, Slug, Description, SortOrder, IsActive);

    public static TopicFormInput From(Topic t) => new()
    {
        Name = t.Name, Slug = t.Slug, Description = t.Description, SortOrder = t.SortOrder, IsActive = t.IsActive,
    };
}

public interface ITopicFormPage
{
    TopicFormInput Input { get; }
}

using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;

namespace DangBo.Web.Modules.Content.Pages.Admin.StaticPages;

public sealed class StaticPageFormInput
{
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? BodyHtml { get; set; }
    public int SortOrder { get; set; }
    public bool IsPublished { get; set; } = true;

    public StaticPageInput ToInput() => new(Title, Slug, BodyHtml, SortOrder, IsPublished);

    public static StaticPageFormInput From(StaticPage p) => new()
    {
        Title = p.Title, Slug = p.Slug, BodyHtml = p.BodyHtml, SortOrder = p.SortOrder, IsPublished = p.IsPublished,
    };
}

public interface IStaticPageFormPage
{
    StaticPageFormInput Input { get; }
}

using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Pages.Admin.Articles;

/// <summary>The fields of the article form, as posted.</summary>
public sealed class ArticleFormInput
{
    public string? Title { get; set; }
    public string? Lead { get; set; }
    public string? BodyHtml { get; set; }
    public int? CategoryId { get; set; }
    public List<int> TopicIds { get; set; } = [];
    public string? Author { get; set; }
    public string? PenName { get; set; }
    public string? Source { get; set; }
    public string? CoverImageCaption { get; set; }
    public bool IsFeatured { get; set; }
    public IFormFile? CoverUpload { get; set; }
    public bool RemoveCover { get; set; }

    public ArticleInput ToArticleInput() => new()
    {
        Title = Title, Lead = Lead, BodyHtml = BodyHtml, CategoryId = CategoryId, TopicIds = TopicIds,
        Author = Author, PenName = PenName, Source = Source, CoverImageCaption = CoverImageCaption, IsFeatured = IsFeatured,
    };

    public static ArticleFormInput From(Article a) => new()
    {
        Title = a.Title, Lead = a.Lead, BodyHtml = a.BodyHtml, CategoryId = a.CategoryId, TopicIds = a.Topics.Select(t => t.Id).ToList(),
        Author = a.Author, PenName = a.PenName, Source = a.Source, CoverImageCaption = a.CoverImageCaption, IsFeatured = a.IsFeatured,
    };
}

public sealed record OptionItem(int Id, string Name);

/// <summary>What the form shows besides the fields: choices, the stored state of the article, and what the person may do.</summary>
public sealed class ArticleFormView
{
    public required IReadOnlyList<OptionItem> Categories { get; init; }
    public required IReadOnlyList<OptionItem> Topics { get; init; }
    public bool CanPublish { get; init; }
    public int? ArticleId { get; init; }
    public ArticleStatus Status { get; init; } = ArticleStatus.Draft;
    public string? CoverImagePath { get; init; }
    public string? PublicUrl { get; init; }
    public DateTime? PublishedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }
    /// <summary>Published articles change only at the hands of someone who may publish.</summary>
    public bool CanSave => Status != ArticleStatus.Published || CanPublish;
}

public static class ArticleForms
{
    public static async Task<(IReadOnlyList<OptionItem> Categories, IReadOnlyList<OptionItem> Topics)> OptionsAsync(DangBoDbContext db, int portalId, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => c.PortalId == portalId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => new OptionItem(c.Id, c.Name)).ToListAsync(ct);
        var topics = await db.Topics.AsNoTracking().Where(t => t.PortalId == portalId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name).Select(t => new OptionItem(t.Id, t.Name)).ToListAsync(ct);
        return (categories, topics);
    }

    public static Task<bool> CanPublishAsync(IAuthorizationService authorization, ClaimsPrincipal user, PortalInfo portal) =>
        authorization.IsAllowedAsync(user, portal.Scope, ContentPermissions.PublishArticles);

    /// <summary>Puts the editor's messages next to the fields they concern ("Input.Title", ...).</summary>
    public static void AddErrors(ModelStateDictionary modelState, ArticleValidationException e)
    {
        foreach (var (field, message) in e.Errors)
        {
            modelState.AddModelError("Input." + field, message);
        }
    }
}

/// <summary>The create and edit pages, as the shared form partial sees them.</summary>
public interface IArticleFormPage
{
    ArticleFormInput Input { get; }
    ArticleFormView Form { get; }
    /// <summary>The version the form was loaded at (0 for a new article).</summary>
    int Version { get; }
}

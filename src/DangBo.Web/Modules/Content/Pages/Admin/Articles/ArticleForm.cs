using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
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
    public int? ArticleId { get; init; }
    public ArticleStatus Status { get; init; } = ArticleStatus.Draft;
    public string? CoverImagePath { get; init; }
    public string? PublicUrl { get; init; }
    public DateTime? PublishedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }
    public int ReviewSteps { get; init; } = 1;
    /// <summary>Whether the person may change the content in the article's current state.</summary>
    public bool CanSave { get; init; } = true;
    /// <summary>"Save and submit" is offered.</summary>
    public bool CanSubmit { get; init; }
    /// <summary>"Publish" (save and approve) is offered.</summary>
    public bool CanPublish { get; init; }
    /// <summary>The workflow moves the person may make now.</summary>
    public IReadOnlyList<WorkflowRule> Transitions { get; init; } = [];
    public IReadOnlyList<ArticleTransition> History { get; init; } = [];
    public DateTime? ScheduledPublishAt { get; init; }
    public DateTime? ScheduledUnpublishAt { get; init; }
    /// <summary>The person may set the time at which the article is taken down.</summary>
    public bool CanScheduleUnpublish { get; init; }
    /// <summary>A restored revision waiting for approval while readers see the approved content.</summary>
    public PendingDraftView? PendingDraft { get; init; }
}

/// <param name="LiveNumber">The revision readers see (the newest other one), to compare the draft with.</param>
public sealed record PendingDraftView(int Number, int? LiveNumber, string? Note, DateTime CreatedAt, string? By, bool CanPublish, bool CanDiscard);

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

    /// <summary>What the workflow lets <paramref name="actor"/> do with an article in <paramref name="status"/>.</summary>
    public static (bool CanSave, bool CanSubmit, bool CanPublish, IReadOnlyList<WorkflowRule> Transitions) Abilities(ArticleStatus status, int reviewSteps, WorkflowActor actor)
    {
        var allowed = EditorialWorkflow.Allowed(status, reviewSteps, actor);
        var canSave = EditorialWorkflow.CanChangeContent(status, reviewSteps, actor);
        return (canSave,
            canSave && allowed.Any(r => r.Kind == ArticleTransitionKind.Submit),
            canSave && allowed.Any(r => r.Kind == ArticleTransitionKind.Approve),
            allowed);
    }

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

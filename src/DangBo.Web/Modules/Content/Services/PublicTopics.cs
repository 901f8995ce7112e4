using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Content.Services;

public sealed record TopicCard(int Id, string Name, string Slug, string? Description, string? CoverImagePath)
{
    public string Url => ContentUrls.Topic(Slug);
}

public static class PublicTopics
{
    /// <summary>Active special topics of a portal in their display order.</summary>
    public static IQueryable<TopicCard> ActiveTopicCards(this DangBoDbContext db, int portalId) =>
        db.Topics.AsNoTracking()
            .Where(t => t.PortalId == portalId && t.IsActive)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new TopicCard(t.Id, t.Name, t.Slug, t.Description, t.CoverImagePath));
}

using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangBo.Web.Modules.Content.Models;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> e)
    {
        e.ToTable("Categories");
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.Property(x => x.Description).HasMaxLength(1000);
        e.HasIndex(x => new { x.PortalId, x.Slug }).IsUnique();
        e.HasOne<Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> e)
    {
        e.ToTable("Topics");
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.Property(x => x.Description).HasMaxLength(2000);
        e.Property(x => x.CoverImagePath).HasMaxLength(1000);
        e.HasIndex(x => new { x.PortalId, x.Slug }).IsUnique();
        e.HasOne<Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> e)
    {
        e.ToTable("Articles");
        e.Property(x => x.Title).HasMaxLength(Article.TitleMaxLength);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.Property(x => x.Lead).HasMaxLength(Article.LeadMaxLength);
        e.Property(x => x.CoverImagePath).HasMaxLength(1000);
        e.Property(x => x.CoverImageCaption).HasMaxLength(500);
        e.Property(x => x.Author).HasMaxLength(200);
        e.Property(x => x.PenName).HasMaxLength(200);
        e.Property(x => x.Source).HasMaxLength(300);
        e.Property(x => x.CreatedByUserId).HasMaxLength(450);
        e.Property(x => x.UpdatedByUserId).HasMaxLength(450);
        e.Property(x => x.Status);
        e.Property(x => x.PublishedAt);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => new { x.PortalId, x.Slug }).IsUnique();
        e.HasIndex(x => new { x.PortalId, x.Status, x.PublishedAt });
        e.HasIndex(x => new { x.CategoryId, x.Status, x.PublishedAt });
        // Category pages count and list within the portal (the single reader gate filters by portal): covering both.
        e.HasIndex(x => new { x.PortalId, x.CategoryId, x.Status, x.PublishedAt });
        // The home page's featured block: a few featured articles among many must not mean a scan of them all.
        e.HasIndex(x => new { x.PortalId, x.IsFeatured, x.Status, x.PublishedAt });
        // Scheduled publication: the next time an article becomes visible, across portals.
        e.HasIndex(x => new { x.Status, x.PublishedAt });
        // The scheduled publisher's look for due articles (every 30 seconds).
        e.HasIndex(x => new { x.Status, x.ScheduledPublishAt });
        e.HasIndex(x => new { x.Status, x.ScheduledUnpublishAt });
        e.HasOne<Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Topics).WithMany(x => x.Articles).UsingEntity("ArticleTopics");
        e.HasMany(x => x.Transitions).WithOne().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.PortalId, x.Status, x.StatusChangedAt });
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> e)
    {
        e.ToTable("ArticleRevisions");
        e.Property(x => x.Title).HasMaxLength(Article.TitleMaxLength);
        e.Property(x => x.Lead).HasMaxLength(Article.LeadMaxLength);
        e.Property(x => x.TopicIds).HasMaxLength(1000);
        e.Property(x => x.Author).HasMaxLength(200);
        e.Property(x => x.PenName).HasMaxLength(200);
        e.Property(x => x.Source).HasMaxLength(300);
        e.Property(x => x.CoverImagePath).HasMaxLength(1000);
        e.Property(x => x.CoverImageCaption).HasMaxLength(500);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Note).HasMaxLength(300);
        e.Ignore(x => x.TopicIdList);
        e.HasIndex(x => new { x.ArticleId, x.Number }).IsUnique();
    }
}

internal sealed class ArticleTransitionConfiguration : IEntityTypeConfiguration<ArticleTransition>
{
    public void Configure(EntityTypeBuilder<ArticleTransition> e)
    {
        e.ToTable("ArticleTransitions");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.ActorName).HasMaxLength(200);
        e.Property(x => x.Comment).HasMaxLength(EditorialWorkflow.CommentMaxLength);
        e.HasIndex(x => new { x.ArticleId, x.At });
        e.HasIndex(x => new { x.UserId, x.At });
    }
}

internal sealed class StaticPageConfiguration : IEntityTypeConfiguration<StaticPage>
{
    public void Configure(EntityTypeBuilder<StaticPage> e)
    {
        e.ToTable("StaticPages");
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.HasIndex(x => new { x.PortalId, x.Slug }).IsUnique();
        e.HasOne<Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleShareConfiguration : IEntityTypeConfiguration<ArticleShare>
{
    public void Configure(EntityTypeBuilder<ArticleShare> e)
    {
        e.ToTable("ArticleShares");
        e.Property(x => x.Note).HasMaxLength(ArticleShare.ReasonMaxLength);
        e.Property(x => x.DeclineReason).HasMaxLength(ArticleShare.ReasonMaxLength);
        e.Property(x => x.RequestedById).HasMaxLength(450);
        e.Property(x => x.DecidedById).HasMaxLength(450);
        // One row per article and carrying portal: proposing again reuses it.
        e.HasIndex(x => new { x.ArticleId, x.PortalId }).IsUnique();
        // What a portal carries, and its queue of proposals.
        e.HasIndex(x => new { x.PortalId, x.Status, x.RequestedAt });
        e.HasOne(x => x.Article).WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Cascade);
    }
}

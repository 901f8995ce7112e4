using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangBo.Web.Modules.Editorial.Models;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.ToTable("Notifications");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Message).HasMaxLength(Notification.MessageMaxLength);
        e.Property(x => x.Url).HasMaxLength(400);
        e.HasIndex(x => new { x.UserId, x.ReadAt, x.CreatedAt });
        e.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> e)
    {
        e.ToTable("OutgoingMails");
        e.Property(x => x.To).HasMaxLength(OutgoingMail.ToMaxLength);
        e.Property(x => x.Subject).HasMaxLength(OutgoingMail.SubjectMaxLength);
        e.Property(x => x.LastError).HasMaxLength(OutgoingMail.ErrorMaxLength);
        e.Ignore(x => x.IsAbandoned);
        // The sender's look for what is due.
        e.HasIndex(x => x.NextAttemptAt);
    }
}

internal sealed class RoyaltyRateConfiguration : IEntityTypeConfiguration<RoyaltyRate>
{
    public void Configure(EntityTypeBuilder<RoyaltyRate> e)
    {
        e.ToTable("RoyaltyRates");
        e.Property(x => x.Grade).HasMaxLength(50);
        e.Ignore(x => x.Label);
        e.HasIndex(x => new { x.PortalId, x.ContentType, x.Grade }).IsUnique();
        e.HasOne<Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoyaltyEntryConfiguration : IEntityTypeConfiguration<RoyaltyEntry>
{
    public void Configure(EntityTypeBuilder<RoyaltyEntry> e)
    {
        e.ToTable("RoyaltyEntries");
        e.Property(x => x.ArticleTitle).HasMaxLength(Article.TitleMaxLength);
        e.Property(x => x.Grade).HasMaxLength(50);
        e.Property(x => x.AuthorUserId).HasMaxLength(450);
        e.Property(x => x.AuthorName).HasMaxLength(200);
        e.Property(x => x.PenName).HasMaxLength(200);
        e.Property(x => x.AuthorUnitName).HasMaxLength(300);
        e.Property(x => x.GradedByUserId).HasMaxLength(450);
        e.Property(x => x.GradedByName).HasMaxLength(200);
        e.HasIndex(x => x.ArticleId).IsUnique();
        e.HasIndex(x => new { x.PortalId, x.Period });
        e.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("AuditEntries");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.UserName).HasMaxLength(300);
        e.Property(x => x.Action).HasMaxLength(400);
        e.Property(x => x.Path).HasMaxLength(400);
        e.Property(x => x.IpAddress).HasMaxLength(64);
        e.HasIndex(x => x.At);
    }
}

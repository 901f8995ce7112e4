using DangBo.Web.Modules.Accounts.Models;
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

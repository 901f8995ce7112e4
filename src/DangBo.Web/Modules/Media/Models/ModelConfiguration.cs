using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangBo.Web.Modules.Media.Models;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> e)
    {
        e.ToTable("MediaFiles");
        e.Property(x => x.StoragePath).HasMaxLength(400);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.OriginalFileName).HasMaxLength(300);
        e.Property(x => x.UploadedByUserId).HasMaxLength(450);
        e.HasIndex(x => x.StoragePath).IsUnique();
        e.HasOne<Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Restrict);
    }
}

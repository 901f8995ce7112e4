using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangBo.Web.Modules.Portals.Models;

internal sealed class PortalConfiguration : IEntityTypeConfiguration<Portal>
{
    public void Configure(EntityTypeBuilder<Portal> e)
    {
        e.ToTable("Portals");
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.Tagline).HasMaxLength(300);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.Property(x => x.HostName).HasMaxLength(253);
        e.Property(x => x.LogoPath).HasMaxLength(400);
        e.Property(x => x.BannerPath).HasMaxLength(400);
        e.Property(x => x.ResponsibleUnit).HasMaxLength(300);
        e.Property(x => x.ResponsiblePerson).HasMaxLength(300);
        e.Property(x => x.Address).HasMaxLength(400);
        e.Property(x => x.Phone).HasMaxLength(100);
        e.Property(x => x.Email).HasMaxLength(200);
        e.Property(x => x.LicenceNote).HasMaxLength(500);
        e.HasIndex(x => x.UnitId).IsUnique();
        e.HasIndex(x => x.Slug).IsUnique();
        e.HasIndex(x => x.HostName);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.MenuItems).WithOne().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.HomeBlocks).WithOne().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> e)
    {
        e.ToTable("MenuItems");
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Url).HasMaxLength(1000);
        e.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.PortalId, x.SortOrder });
    }
}

internal sealed class HomeBlockConfiguration : IEntityTypeConfiguration<HomeBlock>
{
    public void Configure(EntityTypeBuilder<HomeBlock> e)
    {
        e.ToTable("HomeBlocks");
        e.Property(x => x.Title).HasMaxLength(200);
        e.HasIndex(x => new { x.PortalId, x.SortOrder });
        e.HasOne<Content.Models.Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PortalRedirectConfiguration : IEntityTypeConfiguration<PortalRedirect>
{
    public void Configure(EntityTypeBuilder<PortalRedirect> e)
    {
        e.ToTable("PortalRedirects");
        e.Property(x => x.FromSlug).HasMaxLength(200);
        e.Property(x => x.FromPath).HasMaxLength(1000);
        e.Property(x => x.ToPath).HasMaxLength(1000);
        e.HasIndex(x => new { x.FromSlug, x.FromPath }).IsUnique();
    }
}

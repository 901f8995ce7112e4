using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangBo.Web.Modules.Organisation.Models;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> e)
    {
        e.ToTable("OrganisationUnits");
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.ShortName).HasMaxLength(150);
        e.Property(x => x.Abbreviation).HasMaxLength(20);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.Property(x => x.Path).HasMaxLength(400);
        e.Property(x => x.Address).HasMaxLength(400);
        e.Property(x => x.Phone).HasMaxLength(50);
        e.Property(x => x.Email).HasMaxLength(200);
        e.HasIndex(x => x.Slug).IsUnique();
        e.HasIndex(x => x.Path);
        e.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LeaderConfiguration : IEntityTypeConfiguration<Leader>
{
    public void Configure(EntityTypeBuilder<Leader> e)
    {
        e.ToTable("Leaders");
        e.Property(x => x.FullName).HasMaxLength(200);
        e.Property(x => x.Position).HasMaxLength(300);
        e.Property(x => x.PhotoPath).HasMaxLength(400);
        e.Property(x => x.ShortBio).HasMaxLength(4000);
        e.HasOne(x => x.Unit).WithMany(x => x.Leaders).HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.UnitId, x.SortOrder });
    }
}

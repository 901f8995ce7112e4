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
        // No foreign key: adding one to an existing SQLite table means rebuilding it; the merge service keeps it right.
        e.HasIndex(x => x.MergedIntoId);
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

internal sealed class UnitVersionConfiguration : IEntityTypeConfiguration<UnitVersion>
{
    public void Configure(EntityTypeBuilder<UnitVersion> e)
    {
        e.ToTable("UnitVersions");
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.ShortName).HasMaxLength(150);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.ChangedByUserId).HasMaxLength(450);
        e.Property(x => x.ChangedByName).HasMaxLength(200);
        e.Ignore(x => x.Operating);
        e.HasIndex(x => new { x.UnitId, x.Id });
        e.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitSlugAliasConfiguration : IEntityTypeConfiguration<UnitSlugAlias>
{
    public void Configure(EntityTypeBuilder<UnitSlugAlias> e)
    {
        e.ToTable("UnitSlugAliases");
        e.Property(x => x.Slug).HasMaxLength(200);
        e.HasIndex(x => x.Slug).IsUnique();
        e.HasIndex(x => x.UnitId);
        e.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

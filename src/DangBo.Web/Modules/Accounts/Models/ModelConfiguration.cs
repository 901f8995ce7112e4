using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangBo.Web.Modules.Accounts.Models;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> e)
    {
        e.Property(x => x.FullName).HasMaxLength(200);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.UnitRoles).WithOne(x => x.User).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitRoleAssignmentConfiguration : IEntityTypeConfiguration<UnitRoleAssignment>
{
    public void Configure(EntityTypeBuilder<UnitRoleAssignment> e)
    {
        e.ToTable("UnitRoleAssignments");
        e.HasIndex(x => new { x.UserId, x.UnitId, x.Role }).IsUnique();
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

using DangBo.Web.Modules.Portals.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangBo.Web.Modules.Documents.Models;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> e)
    {
        e.ToTable("Documents");
        e.Property(x => x.Code).HasMaxLength(100);
        e.Property(x => x.IssuerName).HasMaxLength(300);
        e.Property(x => x.SignerName).HasMaxLength(200);
        e.Property(x => x.SignerPosition).HasMaxLength(200);
        e.Property(x => x.Summary).HasMaxLength(2000);
        e.Property(x => x.Field).HasMaxLength(200);
        e.Property(x => x.Slug).HasMaxLength(200);
        e.Ignore(x => x.StartsOn);
        e.HasOne<Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.OwnerUnit).WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.IssuerUnit).WithMany().HasForeignKey(x => x.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.DocumentType).WithMany().HasForeignKey(x => x.DocumentTypeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.CommitteeTerm).WithMany().HasForeignKey(x => x.CommitteeTermId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.PortalId, x.IssuedOn });
        e.HasIndex(x => new { x.DocumentTypeId, x.Number, x.CommitteeTermId });
    }
}

internal sealed class DocumentAudienceUnitConfiguration : IEntityTypeConfiguration<DocumentAudienceUnit>
{
    public void Configure(EntityTypeBuilder<DocumentAudienceUnit> e)
    {
        e.ToTable("DocumentAudienceUnits");
        e.HasKey(x => new { x.DocumentId, x.UnitId });
        e.HasOne<Document>().WithMany(d => d.AudienceUnits).HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentTypeConfiguration : IEntityTypeConfiguration<DocumentType>
{
    public void Configure(EntityTypeBuilder<DocumentType> e)
    {
        e.ToTable("DocumentTypes");
        e.Property(x => x.Key).HasMaxLength(50);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Abbreviations).HasMaxLength(100);
        e.Ignore(x => x.AbbreviationList);
        e.Ignore(x => x.PrimaryAbbreviation);
        e.HasIndex(x => x.Key).IsUnique();
    }
}

internal sealed class CommitteeTermConfiguration : IEntityTypeConfiguration<CommitteeTerm>
{
    public void Configure(EntityTypeBuilder<CommitteeTerm> e)
    {
        e.ToTable("CommitteeTerms");
        e.Property(x => x.Name).HasMaxLength(100);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.UnitId, x.StartsOn });
    }
}

internal sealed class DocumentFileConfiguration : IEntityTypeConfiguration<DocumentFile>
{
    public void Configure(EntityTypeBuilder<DocumentFile> e)
    {
        e.ToTable("DocumentFiles");
        e.Property(x => x.StoragePath).HasMaxLength(400);
        e.Property(x => x.OriginalName).HasMaxLength(300);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Ignore(x => x.IsPdf);
        e.HasIndex(x => x.StoragePath).IsUnique();
        e.HasOne(x => x.Document).WithMany(d => d.Files).HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentRelationConfiguration : IEntityTypeConfiguration<DocumentRelation>
{
    public void Configure(EntityTypeBuilder<DocumentRelation> e)
    {
        e.ToTable("DocumentRelations");
        e.HasOne(x => x.From).WithMany(d => d.Outgoing).HasForeignKey(x => x.FromDocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.To).WithMany(d => d.Incoming).HasForeignKey(x => x.ToDocumentId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.FromDocumentId, x.ToDocumentId, x.Kind }).IsUnique();
        e.HasIndex(x => x.ToDocumentId);
    }
}

internal sealed class DocumentShareConfiguration : IEntityTypeConfiguration<DocumentShare>
{
    public void Configure(EntityTypeBuilder<DocumentShare> e)
    {
        e.ToTable("DocumentShares");
        e.Property(x => x.PushedById).HasMaxLength(450);
        e.HasIndex(x => new { x.DocumentId, x.PortalId }).IsUnique();
        e.HasIndex(x => x.PortalId);
        e.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<DangBo.Web.Modules.Portals.Models.Portal>().WithMany().HasForeignKey(x => x.PortalId).OnDelete(DeleteBehavior.Cascade);
    }
}

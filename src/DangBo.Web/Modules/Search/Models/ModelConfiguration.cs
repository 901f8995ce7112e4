using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangBo.Web.Modules.Search.Models;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> b)
    {
        b.ToTable("SearchEntries");
        b.Property(e => e.Type).HasMaxLength(SearchEntry.TypeMaxLength);
        b.Property(e => e.DocumentType).HasMaxLength(100);
        b.Property(e => e.Code).HasMaxLength(100);
        b.Property(e => e.Title).HasMaxLength(500);
        b.Property(e => e.Url).HasMaxLength(600);
        b.HasIndex(e => new { e.Type, e.ItemId }).IsUnique();
        b.HasIndex(e => new { e.PortalId, e.PublishedAt });
    }
}

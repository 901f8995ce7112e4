using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Editorial.Models;
using DangBo.Web.Modules.Media.Models;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Modules.Portals.Models;
using DangBo.Web.Modules.Search.Models;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Infrastructure.Data;

public class DangBoDbContext(DbContextOptions<DangBoDbContext> options) : IdentityDbContext<UserAccount>(options)
{
    /// <summary>The options this context was made with: one instance per application (see DatabaseSetup).</summary>
    internal DbContextOptions Options { get; } = options;

    private static readonly ConditionalWeakTable<DbContextOptions, StrongBox<bool>> OnPostgres = [];

    /// <summary>True on PostgreSQL; known once per application's options (EF's IsNpgsql() reads assembly metadata on every call).</summary>
    public bool IsPostgres
    {
        get
        {
            if (!OnPostgres.TryGetValue(Options, out var onPostgres))
            {
                onPostgres = new StrongBox<bool>(Database.IsNpgsql());
                OnPostgres.AddOrUpdate(Options, onPostgres);
            }
            return onPostgres.Value;
        }
    }

    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();
    public DbSet<Leader> Leaders => Set<Leader>();
    public DbSet<UnitVersion> UnitVersions => Set<UnitVersion>();
    public DbSet<UnitSlugAlias> UnitSlugAliases => Set<UnitSlugAlias>();
    public DbSet<Portal> Portals => Set<Portal>();
    public DbSet<MenuItem> MenuItems => Set<MenuItem>();
    public DbSet<HomeBlock> HomeBlocks => Set<HomeBlock>();
    public DbSet<PortalRedirect> PortalRedirects => Set<PortalRedirect>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleTransition> ArticleTransitions => Set<ArticleTransition>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<ArticleShare> ArticleShares => Set<ArticleShare>();
    public DbSet<StaticPage> StaticPages => Set<StaticPage>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<UnitRoleAssignment> UnitRoles => Set<UnitRoleAssignment>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentType> DocumentTypes => Set<DocumentType>();
    public DbSet<CommitteeTerm> CommitteeTerms => Set<CommitteeTerm>();
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<DocumentRelation> DocumentRelations => Set<DocumentRelation>();
    public DbSet<DocumentShare> DocumentShares => Set<DocumentShare>();
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<RoyaltyRate> RoyaltyRates => Set<RoyaltyRate>();
    public DbSet<RoyaltyEntry> RoyaltyEntries => Set<RoyaltyEntry>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DangBoDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored in UTC; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

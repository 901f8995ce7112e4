using DangBo.Web.Modules.Demo.Pdf;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Organisation.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Documents;

/// <summary>Arranges documents through the registry, the path every document takes.</summary>
public static class DocumentTestData
{
    private static int _counter = Random.Shared.Next(1000, 9000);

    /// <summary>A number no other test uses, so codes never collide across tests sharing a database.</summary>
    public static int NextNumber() => Interlocked.Increment(ref _counter) * 7 % 900_000 + 100_000;

    public static byte[] Pdf(string text) => SimplePdf.Create(text, [new PdfLine(text)]);

    public static async Task<int> UnitIdAsync(this DangBoFactory factory, string slug) =>
        await factory.WithDbAsync(db => db.Units.Where(u => u.Slug == slug).Select(u => u.Id).SingleAsync());

    public static async Task<Document> CreateDocumentAsync(this DangBoFactory factory, string summary, DocumentVisibility visibility = DocumentVisibility.Public,
        string[]? audience = null, string typeKey = "nghi-quyet", string owner = "tinh-uy-son-ha", DateOnly? issued = null, DateOnly? expires = null,
        string? code = null, bool withPdf = true, string? attachmentText = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
        var registry = scope.ServiceProvider.GetRequiredService<DocumentRegistry>();
        var type = await db.DocumentTypes.SingleAsync(t => t.Key == typeKey);
        var ownerUnit = await db.Units.SingleAsync(u => u.Slug == owner);
        var audienceIds = new List<int>();
        foreach (var slug in audience ?? [])
        {
            audienceIds.Add(await db.Units.Where(u => u.Slug == slug).Select(u => u.Id).SingleAsync());
        }
        var portalId = await db.Portals.Where(p => p.IsRoot).Select(p => p.Id).SingleAsync();
        code ??= $"{NextNumber()}-{type.PrimaryAbbreviation}/{ownerUnit.Abbreviation}";
        var input = new DocumentInput(ownerUnit.Id, type.Id, code, ownerUnit.Id, null, "Nguyễn Văn Thành", "Bí thư",
            issued ?? new DateOnly(2026, 3, 1), null, expires, summary, "Thử nghiệm", null, visibility, audienceIds);
        var uploads = withPdf ? new List<DocumentUpload> { new(Pdf(attachmentText ?? summary), "van-ban.pdf") } : [];
        var result = await registry.CreateAsync(portalId, input, uploads, acceptWarnings: true);
        return result.Saved!;
    }

    /// <summary>A new unit under <paramref name="parentSlug"/>, so that what a test files under it is all there is.</summary>
    public static async Task<OrganisationUnit> CreateUnitAsync(this DangBoFactory factory, string name, string abbreviation, string parentSlug = "tinh-uy-son-ha")
    {
        var slug = OrganisationUnit.MakeSlug(name) + "-" + Guid.NewGuid().ToString("N")[..6];
        return await factory.WithDbAsync(async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Slug == parentSlug);
            var unit = new OrganisationUnit { Name = name, Slug = slug, Abbreviation = abbreviation, Kind = UnitKind.CommuneCommittee };
            unit.PlaceUnder(parent);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            unit.RefreshPath();
            await db.SaveChangesAsync();
            return unit;
        });
    }

    public static async Task RelateAsync(this DangBoFactory factory, Document from, DocumentRelationKind kind, Document to)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
        var registry = scope.ServiceProvider.GetRequiredService<DocumentRegistry>();
        await registry.AddRelationAsync(await db.Documents.SingleAsync(d => d.Id == from.Id), kind, to.Code);
    }

    public static async Task<int> FileIdAsync(this DangBoFactory factory, Document document) =>
        await factory.WithDbAsync(db => db.DocumentFiles.Where(f => f.DocumentId == document.Id).Select(f => f.Id).FirstAsync());

    public static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";
}

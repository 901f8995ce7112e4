using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Content.Pages.Admin.Articles;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Modules.Documents.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents.Pages.Admin.Documents;

/// <summary>The register/edit form as posted; names match the page's "Input." fields.</summary>
public sealed class DocumentFormInput
{
    public int OwnerUnitId { get; set; }
    public int? DocumentTypeId { get; set; }
    public string? Code { get; set; }
    public int? IssuerUnitId { get; set; }
    public string? IssuerName { get; set; }
    public string? SignerName { get; set; }
    public string? SignerPosition { get; set; }
    [DataType(DataType.Date)] public DateOnly? IssuedOn { get; set; }
    [DataType(DataType.Date)] public DateOnly? EffectiveOn { get; set; }
    [DataType(DataType.Date)] public DateOnly? ExpiresOn { get; set; }
    public string? Summary { get; set; }
    public string? Field { get; set; }
    public int? CommitteeTermId { get; set; }
    public DocumentVisibility Visibility { get; set; }
    public List<int> AudienceUnitIds { get; set; } = [];
    /// <summary>Ticked after reading the warnings: save anyway.</summary>
    public bool AcceptWarnings { get; set; }

    public DocumentInput ToInput() => new(OwnerUnitId, DocumentTypeId, Code, IssuerUnitId, IssuerName, SignerName, SignerPosition,
        IssuedOn, EffectiveOn, ExpiresOn, Summary, Field, CommitteeTermId, Visibility, AudienceUnitIds);

    public static DocumentFormInput From(Document d) => new()
    {
        OwnerUnitId = d.OwnerUnitId, DocumentTypeId = d.DocumentTypeId, Code = d.Code, IssuerUnitId = d.IssuerUnitId, IssuerName = d.IssuerName,
        SignerName = d.SignerName, SignerPosition = d.SignerPosition, IssuedOn = d.IssuedOn, EffectiveOn = d.EffectiveOn, ExpiresOn = d.ExpiresOn,
        Summary = d.Summary, Field = d.Field, CommitteeTermId = d.CommitteeTermId, Visibility = d.Visibility,
        AudienceUnitIds = d.AudienceUnits.Select(a => a.UnitId).ToList(),
    };
}

public sealed record UnitOption(int Id, string Name, string Path, int Depth);

/// <summary>What the form's lists offer.</summary>
public sealed record DocumentFormOptions(IReadOnlyList<OptionItem> Types, IReadOnlyList<UnitOption> Units, IReadOnlyList<UnitOption> OwnerUnits,
    IReadOnlyList<OptionItem> Terms);

public interface IDocumentFormPage
{
    DocumentFormInput Input { get; }
    DocumentFormOptions Options { get; }
    DocumentAdvice Advice { get; }
}

/// <summary>Which units' documents the signed-in person manages, and the form's option lists.</summary>
public static class DocumentAdmin
{
    /// <summary>The lists offer active types and terms only, plus the ones <paramref name="current"/> already has.</summary>
    public static async Task<DocumentFormOptions> OptionsAsync(DangBoDbContext db, ClaimsPrincipal user, CancellationToken ct, Document? current = null)
    {
        var keepType = current?.DocumentTypeId ?? 0;
        var keepTerm = current?.CommitteeTermId ?? 0;
        var types = await db.DocumentTypes.AsNoTracking().Where(t => t.IsActive || t.Id == keepType).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new OptionItem(t.Id, t.Name + " (" + t.Abbreviations + ")")).ToListAsync(ct);
        var units = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.Path, u.SortOrder }).ToListAsync(ct))
            .OrderBy(u => u.Path.Length == 0 ? "" : string.Join("/", DocumentReaders.PathIds(u.Path).Select(id => id.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))))
            .Select(u => new UnitOption(u.Id, u.Name, u.Path, Math.Max(0, DocumentReaders.PathIds(u.Path).Count() - 1)))
            .ToList();
        var manageable = ManageableUnitIds(user, units);
        // Terms belong to committees: the label names the committee, since every committee has its "2025 - 2030".
        var terms = await db.CommitteeTerms.AsNoTracking().Where(t => t.IsActive || t.Id == keepTerm)
            .OrderBy(t => t.Unit!.Path.Length).ThenBy(t => t.Unit!.Name).ThenByDescending(t => t.StartsOn)
            .Select(t => new OptionItem(t.Id, t.Name + " (" + t.Unit!.Name + ")")).ToListAsync(ct);
        return new DocumentFormOptions(types, units, units.Where(u => manageable.Contains(u.Id)).ToList(), terms);
    }

    public static HashSet<int> ManageableUnitIds(ClaimsPrincipal user, IEnumerable<UnitOption> units)
    {
        var held = user.UnitsWith(DocumentsPermissions.ManageDocuments);
        return units.Where(u => held.Any(h => h.UnitId == u.Id || h.IncludesDescendants && u.Path.StartsWith(h.UnitPath, StringComparison.Ordinal)))
            .Select(u => u.Id).ToHashSet();
    }

    /// <summary>True when the person may manage the documents of <paramref name="unitId"/>.</summary>
    public static async Task<bool> CanManageAsync(DangBoDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, int unitId, CancellationToken ct)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is not null && await authorization.IsAllowedAsync(user, new UnitScope(unitId, path), DocumentsPermissions.ManageDocuments);
    }
}

using DangBo.Web.Infrastructure;
using DangBo.Web.Infrastructure.Text;

namespace DangBo.Web.Modules.Organisation.Models;

/// <summary>A node of the party organisation tree (province, commune committee, cell, advisory board, ...).</summary>
public class OrganisationUnit
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public OrganisationUnit? Parent { get; set; }
    public List<OrganisationUnit> Children { get; set; } = [];

    public UnitKind Kind { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    /// <summary>Abbreviation used in document codes: TU, ĐU, CB, ...</summary>
    public string? Abbreviation { get; set; }
    public required string Slug { get; set; }
    /// <summary>Materialised path of ids ("/1/4/17/") so a whole subtree is one indexed prefix query.</summary>
    public string Path { get; set; } = "/";
    public int SortOrder { get; set; }

    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>Sanitised HTML: functions and duties shown on the organisation page.</summary>
    public string? DescriptionHtml { get; set; }

    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>Set when the unit was merged into another one, which now owns its content, members and staff.</summary>
    public int? MergedIntoId { get; set; }

    public List<Leader> Leaders { get; set; } = [];

    public bool IsClosed => ValidTo is not null;

    public bool IsActiveOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || ValidTo >= day);

    public void PlaceUnder(OrganisationUnit? parent)
    {
        if (parent is not null && Id != 0 && parent.Path.Contains($"/{Id}/", StringComparison.Ordinal))
        {
            throw new DomainException("Không thể đặt một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.");
        }
        Parent = parent;
        ParentId = parent?.Id;
    }

    /// <summary>Recomputes <see cref="Path"/> once the unit has an id.</summary>
    public void RefreshPath() => Path = (Parent?.Path ?? "/") + Id + "/";

    public static string MakeSlug(string name) => SlugGenerator.From(name);
}

public enum UnitKind
{
    ProvincialCommittee = 1,
    AdvisoryBoard = 2,
    CommuneCommittee = 3,
    WardCommittee = 4,
    SpecialZoneCommittee = 5,
    DirectlyAffiliatedCommittee = 6,
    GrassrootsCommittee = 7,
    PartyCell = 8,
    PartyGroup = 9,
}

public static class UnitKindNames
{
    public static string ToVietnamese(this UnitKind kind) => kind switch
    {
        UnitKind.ProvincialCommittee => "Tỉnh ủy",
        UnitKind.AdvisoryBoard => "Cơ quan tham mưu, giúp việc",
        UnitKind.CommuneCommittee => "Đảng ủy xã",
        UnitKind.WardCommittee => "Đảng ủy phường",
        UnitKind.SpecialZoneCommittee => "Đảng ủy đặc khu",
        UnitKind.DirectlyAffiliatedCommittee => "Đảng ủy trực thuộc",
        UnitKind.GrassrootsCommittee => "Đảng ủy cơ sở",
        UnitKind.PartyCell => "Chi bộ",
        UnitKind.PartyGroup => "Tổ đảng",
        _ => kind.ToString(),
    };
}

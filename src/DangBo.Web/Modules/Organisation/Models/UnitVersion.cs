namespace DangBo.Web.Modules.Organisation.Models;

/// <summary>
/// What a unit was called and where it sat from <see cref="ValidFrom"/> to <see cref="ValidTo"/> (both inclusive,
/// null meaning open-ended), and the change that started that period. Rows after a closure or a merge describe a
/// unit that no longer operates (<see cref="Operating"/> false).
/// </summary>
public class UnitVersion
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public UnitChange Change { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public required string Slug { get; set; }
    public int? ParentId { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>For <see cref="UnitChange.MergedInto"/>: the surviving unit.</summary>
    public int? MergedIntoId { get; set; }
    /// <summary>What else the change involved, e.g. the names of the units absorbed.</summary>
    public string? Note { get; set; }
    public string? ChangedByUserId { get; set; }
    public required string ChangedByName { get; set; }
    /// <summary>When the change was recorded (UTC).</summary>
    public DateTime ChangedAt { get; set; }

    public bool Operating => Change is not (UnitChange.Closed or UnitChange.MergedInto);

    public bool Covers(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || ValidTo >= day);
}

public enum UnitChange
{
    /// <summary>The state the unit had before its first recorded change (units created before history was kept).</summary>
    Recorded = 1,
    Created = 2,
    Renamed = 3,
    Moved = 4,
    Closed = 5,
    MergedInto = 6,
    /// <summary>The unit took over the content, members and staff of merged units.</summary>
    Absorbed = 7,
}

public static class UnitChangeNames
{
    public static string ToVietnamese(this UnitChange change) => change switch
    {
        UnitChange.Recorded => "Ghi nhận ban đầu",
        UnitChange.Created => "Thành lập",
        UnitChange.Renamed => "Đổi tên",
        UnitChange.Moved => "Chuyển đơn vị cấp trên",
        UnitChange.Closed => "Giải thể",
        UnitChange.MergedInto => "Hợp nhất vào đơn vị khác",
        UnitChange.Absorbed => "Tiếp nhận đơn vị hợp nhất",
        _ => change.ToString(),
    };
}

/// <summary>A slug a unit no longer carries (renamed): old addresses keep leading to the unit.</summary>
public class UnitSlugAlias
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int UnitId { get; set; }
    public DateTime CreatedAt { get; set; }
}

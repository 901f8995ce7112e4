namespace DangBo.Web.Modules.Organisation.Models;

/// <summary>A person holding a position in a unit, shown publicly on the organisation pages.</summary>
public class Leader
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }

    public required string FullName { get; set; }
    /// <summary>Position as written, e.g. "Bí thư Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy".</summary>
    public required string Position { get; set; }
    /// <summary>The highest leading body the person sits in; lower bodies include higher ones.</summary>
    public CommitteeBody Body { get; set; } = CommitteeBody.None;
    public string? PhotoPath { get; set; }
    public string? ShortBio { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>Ordered so that a member of a smaller body is also a member of every larger one.</summary>
public enum CommitteeBody
{
    StandingOffice = 1,
    StandingBoard = 2,
    ExecutiveCommittee = 3,
    None = 9,
}

using DangBo.Web.Modules.Organisation.Models;

namespace DangBo.Web.Modules.Portals.Models;

/// <summary>The public site of one organisation unit. The root portal is the provincial one.</summary>
public class Portal
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }

    public required string Name { get; set; }
    public string? Tagline { get; set; }
    /// <summary>Segment used under /don-vi/ for sub-portals; empty for the root portal.</summary>
    public string Slug { get; set; } = "";
    public bool IsRoot { get; set; }
    /// <summary>Optional own host name (e.g. xaminhson.dangbo.vn) for a sub-portal.</summary>
    public string? HostName { get; set; }

    public string? LogoPath { get; set; }
    public string? BannerPath { get; set; }

    /// <summary>Footer: the unit responsible for the portal, the person responsible, contacts.</summary>
    public string? ResponsibleUnit { get; set; }
    public string? ResponsiblePerson { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? LicenceNote { get; set; }

    public List<MenuItem> MenuItems { get; set; } = [];
    public List<HomeBlock> HomeBlocks { get; set; } = [];

    public long VisitCount { get; set; }

    /// <summary>How many review steps the editorial workflow uses (1 to 3, see EditorialWorkflow).</summary>
    public int ReviewSteps { get; set; } = 1;
    /// <summary>An article waiting longer than this at a review step is overdue.</summary>
    public int OverdueHours { get; set; } = 24;
}

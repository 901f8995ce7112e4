using DangBo.Web.Modules.Organisation.Models;
using Microsoft.AspNetCore.Identity;

namespace DangBo.Web.Modules.Accounts.Models;

/// <summary>Anyone who signs in: staff of any unit, and later party members; one person may be both.</summary>
public class UserAccount : IdentityUser
{
    public required string FullName { get; set; }
    /// <summary>The unit the account belongs to.</summary>
    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public List<UnitRoleAssignment> UnitRoles { get; set; } = [];
}

/// <summary>A role held by a person in one unit; roles are per unit, never global.</summary>
public class UnitRoleAssignment
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public UserAccount? User { get; set; }
    public int UnitId { get; set; }
    public OrganisationUnit? Unit { get; set; }
    public StaffRole Role { get; set; }
}

public enum StaffRole
{
    /// <summary>Runs the installation for the unit and every unit below it.</summary>
    Administrator = 1,
    EditorInChief = 2,
    Editor = 3,
    Contributor = 4,
    /// <summary>Thư ký tòa soạn: checks edited articles before they reach the editor-in-chief.</summary>
    ManagingEditor = 5,
    /// <summary>Phó trưởng ban biên tập: approves like the editor-in-chief.</summary>
    DeputyEditorInChief = 6,
}

public static class StaffRoleNames
{
    public static string ToVietnamese(this StaffRole role) => role switch
    {
        StaffRole.Administrator => "Quản trị hệ thống",
        StaffRole.EditorInChief => "Trưởng ban biên tập",
        StaffRole.Editor => "Biên tập viên",
        StaffRole.Contributor => "Cộng tác viên",
        StaffRole.ManagingEditor => "Thư ký tòa soạn",
        StaffRole.DeputyEditorInChief => "Phó trưởng ban biên tập",
        _ => role.ToString(),
    };
}

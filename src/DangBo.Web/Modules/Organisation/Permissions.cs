using DangBo.Web.Infrastructure.Security;

namespace DangBo.Web.Modules.Organisation;

public static class OrganisationPermissions
{
    /// <summary>Create, rename, move, merge and close units and manage their leaders; held by administrators, for their unit's subtree.</summary>
    public static readonly Permission ManageUnits = new("organisation.units.manage", "Quản lý cơ cấu tổ chức");

    public static readonly Permission[] All = [ManageUnits];
}

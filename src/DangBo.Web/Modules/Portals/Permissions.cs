using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Portals;

public static class PortalsPermissions
{
    /// <summary>The portal's own name, logo, banner, host name and footer.</summary>
    public static readonly Permission EditPortal = new("portals.edit", "Sửa thông tin cổng (tên, biểu trưng, chân trang)", StaffRole.EditorInChief);

    /// <summary>Opening a portal for a unit below: administrators only (they cover their unit's subtree).</summary>
    public static readonly Permission CreatePortals = new("portals.create", "Mở cổng thông tin cho đơn vị cấp dưới");

    public static readonly Permission[] All = [EditPortal, CreatePortals];
}

using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Content;

namespace DangBo.Web.Modules.Portals;

public static class PortalsAdminMenu
{
    public static readonly AdminMenuEntry[] Entries =
    [
        new(AdminMenuGroup.Structure, "Menu chính", "/Portals/Pages/Admin/Menu/Index", ContentPermissions.ManageStructure, Order: 40),
        new(AdminMenuGroup.Structure, "Khối trang chủ", "/Portals/Pages/Admin/HomeBlocks/Index", ContentPermissions.ManageStructure, Order: 50),
        new(AdminMenuGroup.Structure, "Thông tin cổng", "/Portals/Pages/Admin/Settings/Index", PortalsPermissions.EditPortal, Order: 60),
        new(AdminMenuGroup.Structure, "Cổng cấp dưới", "/Portals/Pages/Admin/SubPortals/Index", PortalsPermissions.CreatePortals, Order: 70),
    ];
}

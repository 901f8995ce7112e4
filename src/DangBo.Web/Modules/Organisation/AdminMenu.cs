using DangBo.Web.Infrastructure.Web;

namespace DangBo.Web.Modules.Organisation;

public static class OrganisationAdminMenu
{
    public static readonly AdminMenuEntry[] Entries =
    [
        new(AdminMenuGroup.System, "Cơ cấu tổ chức", "/Organisation/Pages/Admin/Units/Index", OrganisationPermissions.ManageUnits, Order: 20, AnyUnit: true),
    ];
}

using DangBo.Web.Infrastructure.Web;

namespace DangBo.Web.Modules.Editorial;

public static class EditorialAdminMenu
{
    public static readonly AdminMenuGroup Group = new("Ban biên tập", 15);

    public static readonly AdminMenuEntry[] Entries =
    [
        new(Group, "Quy trình biên tập", "/Editorial/Pages/Admin/Settings/Index", EditorialPermissions.ManageWorkflow, Order: 90),
    ];
}

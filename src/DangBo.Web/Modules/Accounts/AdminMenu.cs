using DangBo.Web.Infrastructure.Web;

namespace DangBo.Web.Modules.Accounts;

public static class AccountsAdminMenu
{
    public static readonly AdminMenuEntry[] Entries =
    [
        new(AdminMenuGroup.System, "Người dùng và phân quyền", "/Accounts/Pages/Admin/Users/Index", AccountsPermissions.ManageUsers, Order: 10, AnyUnit: true),
    ];
}

using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Accounts;
using DangBo.Web.Modules.Content;

namespace DangBo.Web.Modules.Editorial;

public static class EditorialAdminMenu
{
    public static readonly AdminMenuGroup Group = new("Ban biên tập", 15);

    public static readonly AdminMenuEntry[] Entries =
    [
        new(Group, "Việc của tôi", "/Editorial/Pages/Admin/Queues/Index", ContentPermissions.EditArticles, Order: 10, AnyUnit: true),
        new(Group, "Thông báo", "/Editorial/Pages/Admin/Notifications/Index", AccountsPermissions.UseBackOffice, Order: 20, AnyUnit: true),
        new(Group, "Nhuận bút", "/Editorial/Pages/Admin/Royalties/Index", EditorialPermissions.ViewRoyalties, Order: 30),
        new(Group, "Báo cáo thống kê", "/Editorial/Pages/Admin/Reports/Index", EditorialPermissions.ViewReports, Order: 40),
        new(AdminMenuGroup.System, "Nhật ký thao tác", "/Editorial/Pages/Admin/Audit/Index", AccountsPermissions.ManageUsers, Order: 90, AnyUnit: true),
        new(Group, "Quy trình và nhuận bút", "/Editorial/Pages/Admin/Settings/Index", EditorialPermissions.ManageWorkflow, Order: 90),
    ];
}

using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Accounts;

namespace DangBo.Web.Modules.Content;

public static class ContentAdminMenu
{
    public static readonly AdminMenuEntry[] Entries =
    [
        new(AdminMenuGroup.Overview, "Tổng quan", "/Content/Pages/Admin/Index", AccountsPermissions.UseBackOffice),
        new(AdminMenuGroup.Content, "Tin bài", "/Content/Pages/Admin/Articles/Index", ContentPermissions.EditArticles, Order: 10),
        new(AdminMenuGroup.Content, "Viết tin bài", "/Content/Pages/Admin/Articles/Create", ContentPermissions.EditArticles, Order: 20),
        new(AdminMenuGroup.Content, "Chia sẻ giữa các cấp", "/Content/Pages/Admin/Shares/Index", ContentPermissions.ShareArticles, Order: 30),
        new(AdminMenuGroup.Structure, "Chuyên mục", "/Content/Pages/Admin/Categories/Index", ContentPermissions.ManageStructure, Order: 10),
        new(AdminMenuGroup.Structure, "Chuyên đề", "/Content/Pages/Admin/Topics/Index", ContentPermissions.ManageStructure, Order: 20),
        new(AdminMenuGroup.Structure, "Trang giới thiệu", "/Content/Pages/Admin/StaticPages/Index", ContentPermissions.ManageStructure, Order: 30),
    ];
}

using DangBo.Web.Infrastructure.Web;

namespace DangBo.Web.Modules.Documents;

public static class DocumentsAdminMenu
{
    public static readonly AdminMenuEntry[] Entries =
    [
        new(AdminMenuGroup.Content, "Văn bản", "/Documents/Pages/Admin/Documents/Index", DocumentsPermissions.ManageDocuments, Order: 40, AnyUnit: true),
        new(AdminMenuGroup.Content, "Đăng ký văn bản", "/Documents/Pages/Admin/Documents/Create", DocumentsPermissions.ManageDocuments, Order: 41, AnyUnit: true),
        new(AdminMenuGroup.Content, "Nhập văn bản từ tệp", "/Documents/Pages/Admin/Documents/Import", DocumentsPermissions.ManageDocuments, Order: 42, AnyUnit: true),
        new(AdminMenuGroup.Content, "Loại văn bản", "/Documents/Pages/Admin/DocumentTypes/Index", DocumentsPermissions.ManageCatalogue, Order: 43),
        new(AdminMenuGroup.Content, "Nhiệm kỳ", "/Documents/Pages/Admin/CommitteeTerms/Index", DocumentsPermissions.ManageCatalogue, Order: 44, AnyUnit: true),
    ];
}

using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Accounts;

public static class AccountsPermissions
{
    /// <summary>Held by anyone with a staff role: opens the back office.</summary>
    public static readonly Permission UseBackOffice = new("accounts.backoffice", "Vào trang quản trị",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief, StaffRole.ManagingEditor, StaffRole.Editor, StaffRole.Contributor);

    public static readonly Permission ManageUsers = new("accounts.users.manage", "Quản lý người dùng và phân quyền");

    public static readonly Permission[] All = [UseBackOffice, ManageUsers];
}

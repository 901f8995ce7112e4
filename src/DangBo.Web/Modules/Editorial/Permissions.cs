using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Editorial;

public static class EditorialPermissions
{
    /// <summary>The portal's review steps, overdue threshold and royalty scale.</summary>
    public static readonly Permission ManageWorkflow = new("editorial.workflow.manage", "Cấu hình quy trình biên tập và nhuận bút",
        StaffRole.EditorInChief);

    public static readonly Permission[] All = [ManageWorkflow];
}

using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Documents;

public static class DocumentsPermissions
{
    /// <summary>Register, edit and delete the documents of a unit, with their files, relations and visibility; import and export.</summary>
    public static readonly Permission ManageDocuments = new("documents.manage", "Quản lý văn bản của đơn vị",
        StaffRole.EditorInChief, StaffRole.Editor);

    public static readonly Permission[] All = [ManageDocuments];
}

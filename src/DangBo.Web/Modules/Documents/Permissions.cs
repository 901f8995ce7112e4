using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Documents;

public static class DocumentsPermissions
{
    /// <summary>Register, edit and delete the documents of a unit, with their files, relations and visibility; import and export.</summary>
    public static readonly Permission ManageDocuments = new("documents.manage", "Quản lý văn bản của đơn vị",
        StaffRole.EditorInChief, StaffRole.Editor);

    /// <summary>
    /// Keep the catalogue: committee terms of the unit, and (held in the root unit) the document types every unit uses.
    /// </summary>
    public static readonly Permission ManageCatalogue = new("documents.catalogue", "Quản lý danh mục loại văn bản và nhiệm kỳ",
        StaffRole.EditorInChief);

    public static readonly Permission[] All = [ManageDocuments, ManageCatalogue];
}

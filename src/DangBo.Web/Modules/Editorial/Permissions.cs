using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Editorial;

public static class EditorialPermissions
{
    /// <summary>The portal's review steps, overdue threshold and royalty scale.</summary>
    public static readonly Permission ManageWorkflow = new("editorial.workflow.manage", "Cấu hình quy trình biên tập và nhuận bút",
        StaffRole.EditorInChief);

    /// <summary>The monthly royalty report (nhuận bút), its export and print view.</summary>
    public static readonly Permission ViewRoyalties = new("editorial.royalties.view", "Xem và xuất bảng nhuận bút",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief, StaffRole.ManagingEditor);

    /// <summary>The editorial report (published items, time to publication, returns), its charts and export.</summary>
    public static readonly Permission ViewReports = new("editorial.reports.view", "Xem báo cáo thống kê tin bài",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief, StaffRole.ManagingEditor);

    /// <summary>The same report over the portal's unit and every unit below it: administrators only (they hold every permission).</summary>
    public static readonly Permission ViewSubUnitReports = new("editorial.reports.subunits", "Xem báo cáo gộp các đơn vị cấp dưới");

    public static readonly Permission[] All = [ManageWorkflow, ViewRoyalties, ViewReports, ViewSubUnitReports];
}

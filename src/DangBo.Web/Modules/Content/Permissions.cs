using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Content;

public static class ContentPermissions
{
    public static readonly Permission EditArticles = new("content.articles.edit", "Viết và sửa tin bài",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief, StaffRole.ManagingEditor, StaffRole.Editor, StaffRole.Contributor);

    /// <summary>Categories, special topics, static pages, menus and home-page blocks.</summary>
    public static readonly Permission ManageStructure = new("content.structure.manage", "Quản lý chuyên mục, chuyên đề, trang tĩnh, menu và trang chủ",
        StaffRole.EditorInChief);

    /// <summary>Proposing articles to the parent portal, pushing them to subordinate portals, accepting or declining proposals.</summary>
    public static readonly Permission ShareArticles = new("content.articles.share", "Chia sẻ tin bài giữa các cấp",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief);

    public static readonly Permission[] All = [EditArticles, ManageStructure, ShareArticles, .. WorkflowPermissions.All];
}

/// <summary>
/// The permissions that the workflow's transitions require (see <see cref="Models.EditorialWorkflow"/>), as in
/// Drupal's content moderation: a role may use a transition when it holds the transition's permission.
/// </summary>
public static class WorkflowPermissions
{
    public static readonly Permission Submit = new("workflow.submit", "Gửi tin bài để duyệt",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief, StaffRole.ManagingEditor, StaffRole.Editor, StaffRole.Contributor);

    /// <summary>Takes submitted articles, edits them, sends them on or back; the final step of a one-step portal.</summary>
    public static readonly Permission Edit = new("workflow.edit", "Biên tập tin bài được gửi",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief, StaffRole.ManagingEditor, StaffRole.Editor);

    /// <summary>The managing editor's check between the editor and the editor-in-chief (three-step portals).</summary>
    public static readonly Permission Review = new("workflow.review", "Kiểm tra tin bài trước khi trình duyệt",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief, StaffRole.ManagingEditor);

    /// <summary>Final approval and publication in two- and three-step portals.</summary>
    public static readonly Permission Approve = new("workflow.approve", "Duyệt xuất bản và gỡ tin bài",
        StaffRole.EditorInChief, StaffRole.DeputyEditorInChief);

    public static readonly Permission[] All = [Submit, Edit, Review, Approve];
}

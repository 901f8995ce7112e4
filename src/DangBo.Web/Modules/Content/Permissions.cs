using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Modules.Accounts.Models;

namespace DangBo.Web.Modules.Content;

public static class ContentPermissions
{
    public static readonly Permission EditArticles = new("content.articles.edit", "Viết và sửa tin bài",
        StaffRole.EditorInChief, StaffRole.Editor, StaffRole.Contributor);

    public static readonly Permission PublishArticles = new("content.articles.publish", "Xuất bản và gỡ tin bài",
        StaffRole.EditorInChief, StaffRole.Editor);

    /// <summary>Categories, special topics, static pages, menus and home-page blocks.</summary>
    public static readonly Permission ManageStructure = new("content.structure.manage", "Quản lý chuyên mục, chuyên đề, trang tĩnh, menu và trang chủ",
        StaffRole.EditorInChief);

    public static readonly Permission[] All = [EditArticles, PublishArticles, ManageStructure];
}

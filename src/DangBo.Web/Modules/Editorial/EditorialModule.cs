using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Accounts;
using DangBo.Web.Modules.Content;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Modules.Editorial.Services;

namespace DangBo.Web.Modules.Editorial;

/// <summary>The editorial board's work around articles: workflow settings, queues, notifications, royalties and reports.</summary>
public static class EditorialModule
{
    public static IHostApplicationBuilder AddEditorialModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPermissions(EditorialPermissions.All);
        builder.Services.AddAdminMenu(EditorialAdminMenu.Entries);
        builder.Services.AddScoped<EditorialSettings>();
        builder.Services.AddScoped<EditorialQueues>();
        builder.Services.AddScoped<Notifications>();
        builder.Services.AddScoped<EditorialNotifier>();
        builder.Services.AddScoped<IArticleTransitionObserver>(s => s.GetRequiredService<EditorialNotifier>());
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName);
        builder.Services.AddSingleton<MailSignal>();
        builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, MailSignalInterceptor>();
        builder.Services.AddHostedService<MailSender>();
        builder.Services.AddScoped<IEditorialMessenger, EmailMessenger>();
        builder.Services.RequirePermission("/Editorial/Pages/Admin/Queues", ContentPermissions.EditArticles);
        builder.Services.AddScoped<Royalties>();
        builder.Services.AddScoped<ApprovalGrade>();
        builder.Services.AddScoped<IArticleTransitionObserver, RoyaltyGrader>();
        builder.Services.RequirePortalPermission("/Editorial/Pages/Admin/Royalties", EditorialPermissions.ViewRoyalties);
        builder.Services.AddScoped<EditorialReports>();
        builder.Services.RequirePortalPermission("/Editorial/Pages/Admin/Reports", EditorialPermissions.ViewReports);
        builder.Services.AddScoped<AuditLog>();
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o => o.Conventions.ConfigureFilter(new AuditPageFilter()));
        builder.Services.RequirePermission("/Editorial/Pages/Admin/Audit", AccountsPermissions.ManageUsers);
        builder.Services.RequirePortalPermission("/Editorial/Pages/Admin/Settings", EditorialPermissions.ManageWorkflow);
        return builder;
    }
}

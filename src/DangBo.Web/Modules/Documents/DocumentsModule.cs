using System.Net.Http.Headers;
using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Infrastructure.Security;
using DangBo.Web.Infrastructure.Web;
using DangBo.Web.Modules.Documents.Feeds;
using DangBo.Web.Modules.Documents.Services;
using DangBo.Web.Modules.Portals.Services;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Modules.Documents;

public static class DocumentsModule
{
    public static IHostApplicationBuilder AddDocumentsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPermissions(DocumentsPermissions.All);
        builder.Services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.SectionName);
        builder.Services.AddSingleton(services =>
        {
            var root = Path.GetFullPath(Path.Combine(services.GetRequiredService<DataFolder>().Path, "documents"));
            Directory.CreateDirectory(root);
            return new DocumentRoot(root);
        });
        builder.Services.AddScoped<DocumentFileStore>();
        builder.Services.AddScoped<DocumentRegistry>();
        builder.Services.AddScoped<DocumentReaders>();
        builder.Services.AddScoped<DocumentLibrary>();
        builder.Services.AddScoped<DocumentImporter>();
        builder.Services.AddScoped<DocumentCatalogue>();
        builder.Services.AddAdminMenu(DocumentsAdminMenu.Entries);
        // Documents belong to units: the folder needs the permission somewhere, each handler checks the document's unit.
        builder.Services.RequirePermission("/Documents/Pages/Admin", DocumentsPermissions.ManageDocuments);
        // Types are one list for every unit: kept by those who hold the permission in the root unit. Terms: each handler checks the term's unit.
        builder.Services.RequirePermission("/Documents/Pages/Admin/CommitteeTerms", DocumentsPermissions.ManageCatalogue);
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o => o.Conventions.AddFolderApplicationModelConvention(
            "/Documents/Pages/Admin/DocumentTypes", model => model.Filters.Add(new RootUnitPermissionFilter(DocumentsPermissions.ManageCatalogue))));
        return builder;
    }

    /// <summary>File downloads and in-browser views, behind the same visibility rule as the pages.</summary>
    public static WebApplication MapDocumentEndpoints(this WebApplication app)
    {
        app.MapGet(DocumentsUrls.Library + "/tep/{id:int}", (int id, HttpContext context, CancellationToken ct) => ServeAsync(id, inline: false, context, ct));
        app.MapGet(DocumentsUrls.Library + "/tep/{id:int}/xem", (int id, HttpContext context, CancellationToken ct) => ServeAsync(id, inline: true, context, ct));
        app.MapDocumentFeed();
        return app;
    }

    private static async Task<IResult> ServeAsync(int id, bool inline, HttpContext context, CancellationToken ct)
    {
        var services = context.RequestServices;
        var portal = await services.GetRequiredService<CurrentPortal>().GetAsync(ct);
        var reader = await services.GetRequiredService<DocumentReaders>().ForAsync(context.User, ct);
        var db = services.GetRequiredService<DangBoDbContext>();
        var visible = services.GetRequiredService<DocumentLibrary>().Visible(portal.Id, reader);
        var file = await db.DocumentFiles.AsNoTracking()
            .Where(f => f.Id == id && visible.Any(d => d.Id == f.DocumentId))
            .Select(f => new { File = f, f.Document!.Visibility })
            .FirstOrDefaultAsync(ct);
        var store = services.GetRequiredService<DocumentFileStore>();
        // Not found and not allowed look the same, so internal documents do not reveal that they exist.
        if (file is null || !store.Exists(file.File))
        {
            return Results.NotFound();
        }
        if (inline && !file.File.IsPdf && !file.File.ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            inline = false;
        }
        if (!inline)
        {
            await db.DocumentFiles.Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.DownloadCount, f => f.DownloadCount + 1), ct);
            await db.Documents.Where(d => d.Id == file.File.DocumentId).ExecuteUpdateAsync(s => s.SetProperty(d => d.DownloadCount, d => d.DownloadCount + 1), ct);
        }
        var headers = context.Response.Headers;
        headers.ContentDisposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment")
        {
            FileName = "\"" + AsciiFallback(file.File.OriginalName) + "\"",
            FileNameStar = file.File.OriginalName,
        }.ToString();
        headers.CacheControl = file.Visibility == Models.DocumentVisibility.Public ? "public, max-age=3600" : "private, no-store";
        // The page's HTML policy would stop the browser's own PDF viewer; a PDF or image runs no script of ours.
        headers.Remove("Content-Security-Policy");
        return Results.Stream(store.OpenRead(file.File), file.File.ContentType, enableRangeProcessing: true);
    }

    private static string AsciiFallback(string name)
    {
        var folded = Infrastructure.Text.VietnameseText.Fold(name);
        var chars = folded.Select(c => c is >= ' ' and < (char)127 and not '"' and not '\\' ? c : '_').ToArray();
        return new string(chars);
    }
}

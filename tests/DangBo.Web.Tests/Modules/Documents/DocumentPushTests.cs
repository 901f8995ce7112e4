using System.Net;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Documents;

/// <summary>The province pushes a document down: chosen commune libraries carry it, marked, with its own visibility kept.</summary>
public abstract class DocumentPushTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private Task<(int Id, string Slug, string Code)> RootDocumentAsync(DocumentVisibility visibility) =>
        factory.WithDbAsync(async db =>
        {
            var d = await db.Documents.AsNoTracking()
                .Where(d => db.Portals.Any(p => p.Id == d.PortalId && p.IsRoot) && d.Visibility == visibility && !db.DocumentShares.Any(s => s.DocumentId == d.Id))
                .OrderBy(d => d.Id).FirstAsync();
            return (d.Id, d.Slug, d.Code);
        });

    private Task<int> PortalIdAsync(string slug) => factory.WithDbAsync(db => db.Portals.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task PushedDocument_AppearsInTheChosenCommunesLibraryMarked_NotInOthers_AndCanBeTakenBack()
    {
        var document = await RootDocumentAsync(DocumentVisibility.Public);
        var minhSon = await PortalIdAsync("xa-minh-son");
        using var staff = await WebSession.SignedInAsync(factory, "quantri");
        var page = await staff.GetPageAsync($"/quan-tri/van-ban/{document.Id}/chuyen-xuong");
        var push = await staff.SubmitAsync(page.Forms.First(f => f.ClassList.Contains("document-push")), new() { ["Targets"] = minhSon.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, push.StatusCode);

        using var reader = WebSession.Anonymous(factory);
        var library = await reader.GetPageAsync("/don-vi/xa-minh-son/van-ban?q=" + Uri.EscapeDataString(document.Code));
        var row = library.QuerySelectorAll(".doc-row").Single(r => r.TextContent.Contains(document.Code));
        Assert.Contains("Văn bản từ Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà", row.TextContent);
        var href = row.QuerySelector(".doc-code a")!.GetAttribute("href")!;
        Assert.StartsWith("/don-vi/xa-minh-son/van-ban/", href);
        Assert.Contains("chuyển xuống", (await reader.GetPageAsync(href)).QuerySelector(".doc-origin")!.TextContent);

        var elsewhere = await reader.GetAsync(href.Replace("/don-vi/xa-minh-son/", "/don-vi/xa-hong-linh/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        page = await staff.GetPageAsync($"/quan-tri/van-ban/{document.Id}/chuyen-xuong");
        var withdraw = page.QuerySelectorAll("button").First(b => b.TextContent.Contains("Thu hồi"));
        await staff.SubmitAsync(page.Forms.First(f => f.ClassList.Contains("document-push")), new(), withdraw);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(href)).StatusCode);
    }

    [Fact]
    public async Task PushedInternalDocument_StaysInvisibleToAnonymousReadersOfTheCommune()
    {
        var document = await RootDocumentAsync(DocumentVisibility.AllMembers);
        var minhSon = await PortalIdAsync("xa-minh-son");
        await factory.WithDbAsync(async db =>
        {
            db.DocumentShares.Add(new DocumentShare { DocumentId = document.Id, PortalId = minhSon, PushedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        using var reader = WebSession.Anonymous(factory);
        Assert.DoesNotContain(document.Code, (await reader.GetPageAsync("/don-vi/xa-minh-son/van-ban")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/don-vi/xa-minh-son" + DangBo.Web.Modules.Documents.DocumentsUrls.Document(document.Id, document.Slug))).StatusCode);
        using var member = await WebSession.SignedInAsync(factory, "dangvien.donghung");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/don-vi/xa-minh-son" + DangBo.Web.Modules.Documents.DocumentsUrls.Document(document.Id, document.Slug))).StatusCode);
    }

    [Fact]
    public async Task CommuneStaff_CannotPushTheProvincesDocuments()
    {
        var document = await RootDocumentAsync(DocumentVisibility.Public);
        using var commune = await WebSession.SignedInAsync(factory, "bbt.minhson");
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/don-vi/xa-minh-son/quan-tri/van-ban/{document.Id}/chuyen-xuong")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await commune.GetAsync($"/quan-tri/van-ban/{document.Id}/chuyen-xuong")).StatusCode);
    }
}

public sealed class DocumentPushTests_Sqlite(SqliteFactory factory) : DocumentPushTests<SqliteFactory>(factory);

public sealed class DocumentPushTests_Postgres(PostgresFactory factory) : DocumentPushTests<PostgresFactory>(factory);

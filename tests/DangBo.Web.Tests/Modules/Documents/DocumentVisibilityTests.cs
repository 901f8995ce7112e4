using System.Net;
using DangBo.Web.Modules.Documents;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Tests.Infrastructure;
using static DangBo.Web.Tests.Modules.Documents.DocumentTestData;

namespace DangBo.Web.Tests.Modules.Documents;

/// <summary>Who sees which document, in the list, on its page and through its file.</summary>
public abstract class DocumentVisibilityTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private sealed record Arranged(string Marker, Document Public, Document Members, Document Commune, Document ProvinceOwnedForWard);

    private async Task<Arranged> ArrangeAsync()
    {
        var marker = Unique("Phạm vi");
        return new Arranged(marker,
            await factory.CreateDocumentAsync($"{marker} công khai"),
            await factory.CreateDocumentAsync($"{marker} đảng viên", DocumentVisibility.AllMembers),
            await factory.CreateDocumentAsync($"{marker} xã Minh Sơn", DocumentVisibility.Units, ["xa-minh-son"], owner: "xa-minh-son"),
            await factory.CreateDocumentAsync($"{marker} phường An Phú", DocumentVisibility.Units, ["phuong-an-phu"]));
    }

    private static async Task<IReadOnlyList<string>> ListedAsync(WebSession session, string marker)
    {
        var page = await session.GetPageAsync(DocumentsUrls.Library + "?q=" + Uri.EscapeDataString(marker));
        return page.QuerySelectorAll(".doc-row").Select(r => r.TextContent).ToList();
    }

    private async Task AssertSeesAsync(WebSession session, Arranged a, Document document, bool sees)
    {
        var listed = await ListedAsync(session, a.Marker);
        Assert.Equal(sees, listed.Any(r => r.Contains(document.Summary, StringComparison.Ordinal)));
        using var page = await session.GetAsync(DocumentsUrls.Document(document.Id, document.Slug));
        Assert.True((sees ? HttpStatusCode.OK : HttpStatusCode.NotFound) == page.StatusCode, $"{(int)page.StatusCode} {page.Headers.Location}");
        using var file = await session.GetAsync(DocumentsUrls.Download(await factory.FileIdAsync(document)));
        Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, file.StatusCode);
        if (!sees)
        {
            Assert.DoesNotContain(document.Summary, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Library_Anonymous_SeesOnlyPublicDocumentsInListPagesAndFiles()
    {
        var a = await ArrangeAsync();
        using var reader = WebSession.Anonymous(factory);

        await AssertSeesAsync(reader, a, a.Public, true);
        await AssertSeesAsync(reader, a, a.Members, false);
        await AssertSeesAsync(reader, a, a.Commune, false);
        await AssertSeesAsync(reader, a, a.ProvinceOwnedForWard, false);
        Assert.Single(await ListedAsync(reader, a.Marker));
    }

    [Fact]
    public async Task Library_MemberOfCellUnderTheCommune_SeesCommuneDocumentButNotTheWards()
    {
        var a = await ArrangeAsync();
        using var member = await WebSession.SignedInAsync(factory, "dangvien.donghung");

        await AssertSeesAsync(member, a, a.Public, true);
        await AssertSeesAsync(member, a, a.Members, true);
        await AssertSeesAsync(member, a, a.Commune, true);
        await AssertSeesAsync(member, a, a.ProvinceOwnedForWard, false);
    }

    [Fact]
    public async Task Library_MemberOfAnotherUnit_SeesMembersDocumentsButNotTheCommunes()
    {
        var a = await ArrangeAsync();
        using var member = await WebSession.SignedInAsync(factory, "dangvien.anphu");

        await AssertSeesAsync(member, a, a.Members, true);
        await AssertSeesAsync(member, a, a.Commune, false);
        await AssertSeesAsync(member, a, a.ProvinceOwnedForWard, true);
    }

    [Fact]
    public async Task Library_StaffOfTheProvince_SeeTheirUnitsInternalDocuments()
    {
        var a = await ArrangeAsync();
        using var editor = await WebSession.SignedInAsync(factory, "bientap");

        // The editor works for the province, which owns the document meant for the ward's members.
        await AssertSeesAsync(editor, a, a.ProvinceOwnedForWard, true);
        await AssertSeesAsync(editor, a, a.Commune, false);
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        // The administrator's role covers the units below the province, the commune included.
        await AssertSeesAsync(admin, a, a.Commune, true);
    }

    [Fact]
    public async Task Sitemaps_ListTheLibraryAndPublicDocumentsOnly()
    {
        var a = await ArrangeAsync();
        using var reader = WebSession.Anonymous(factory);

        var xml = await reader.Client.GetStringAsync("/sitemap.xml");
        var html = await reader.GetPageAsync("/so-do-trang");

        Assert.Contains(DocumentsUrls.Document(a.Public.Id, a.Public.Slug), xml);
        Assert.DoesNotContain(DocumentsUrls.Document(a.Members.Id, a.Members.Slug), xml);
        Assert.DoesNotContain(DocumentsUrls.Document(a.Commune.Id, a.Commune.Slug), xml);
        Assert.NotNull(html.QuerySelector($"a[href='{DocumentsUrls.Library}']"));
    }

    [Fact]
    public async Task Download_PublicFile_CountsAndKeepsTheVietnameseName()
    {
        var document = await factory.CreateDocumentAsync(Unique("Tải tệp"));
        var fileId = await factory.FileIdAsync(document);
        using var reader = WebSession.Anonymous(factory);

        using var download = await reader.GetAsync(DocumentsUrls.Download(fileId));
        using var view = await reader.GetAsync(DocumentsUrls.View(fileId));

        Assert.True(download.StatusCode == HttpStatusCode.OK, (int)download.StatusCode + await download.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("inline", view.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync())[..5]);
        var page = await reader.GetPageAsync(DocumentsUrls.Document(document.Id, document.Slug));
        Assert.Equal("1", page.QuerySelector(".doc-downloads")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"iframe[src='{DocumentsUrls.View(fileId)}']"));
    }
}

public sealed class DocumentVisibilityTests_Sqlite(SqliteFactory f) : DocumentVisibilityTests<SqliteFactory>(f);

public sealed class DocumentVisibilityTests_Postgres(PostgresFactory f) : DocumentVisibilityTests<PostgresFactory>(f);

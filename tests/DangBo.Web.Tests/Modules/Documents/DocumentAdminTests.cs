using System.Net;
using System.Text;
using AngleSharp.Dom;
using DangBo.Web.Modules.Documents;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DangBo.Web.Tests.Modules.Documents.DocumentTestData;

namespace DangBo.Web.Tests.Modules.Documents;

/// <summary>Staff register documents: parser warnings, file checks, relations and status, import and export.</summary>
public abstract class DocumentAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string CreateUrl = "/quan-tri/van-ban/them";

    private async Task<Dictionary<string, object?>> FieldsAsync(string code, string summary) => new()
    {
        ["Input.Code"] = code,
        ["Input.DocumentTypeId"] = (await factory.WithDbAsync(db => db.DocumentTypes.SingleAsync(t => t.Key == "nghi-quyet"))).Id.ToString(),
        ["Input.IssuerUnitId"] = (await factory.UnitIdAsync("tinh-uy-son-ha")).ToString(),
        ["Input.IssuedOn"] = "2026-03-10",
        ["Input.Summary"] = summary,
        ["Input.Visibility"] = "Public",
    };

    private async Task<(HttpResponseMessage Response, IDocument Page)> SubmitCreateAsync(WebSession session, Dictionary<string, object?> fields,
        IReadOnlyDictionary<string, (string, string, byte[])>? files = null)
    {
        var page = await session.GetPageAsync(CreateUrl);
        var response = await session.SubmitAsync(page.Form("#document-form"), fields, files: files);
        return (response, await WebSession.ParseAsync(response, CreateUrl));
    }

    private Task<bool> ExistsAsync(string summary) => factory.WithDbAsync(db => db.Documents.AnyAsync(d => d.Summary == summary));

    [Fact]
    public async Task Create_EditorWithPdf_RegistersDocumentWithItsFileAndText()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var summary = Unique("Về công tác cán bộ");
        var code = $"Số {NextNumber()} - NQ / TU";

        var (response, _) = await SubmitCreateAsync(editor, await FieldsAsync(code, summary),
            new Dictionary<string, (string, string, byte[])> { ["Files"] = ("Nghị quyết cán bộ.pdf", "application/pdf", Pdf("Nghị quyết về công tác cán bộ")) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await factory.WithDbAsync(db => db.DocumentFiles.Include(f => f.Document).SingleAsync(f => f.Document!.Summary == summary));
        Assert.Matches(@"^\d+-NQ/TU$", file.Document!.Code);
        Assert.Equal("Nghị quyết cán bộ.pdf", file.OriginalName);
        Assert.Contains("Nghị quyết về công tác cán bộ", file.ExtractedText);
        using var download = await WebSession.Anonymous(factory).GetAsync(DocumentsUrls.Download(file.Id));
        Assert.Equal("Nghị quyết cán bộ.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Create_SameNumberTypeIssuerAndTerm_WarnsAndSavesOnlyWhenConfirmed()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var existing = await factory.CreateDocumentAsync(Unique("Văn bản đã có số"), issued: new DateOnly(2026, 1, 5));
        var summary = Unique("Văn bản trùng số");

        var (first, page) = await SubmitCreateAsync(editor, await FieldsAsync(existing.Code, summary));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".doc-warning"), w => w.TextContent.Contains("đã được dùng", StringComparison.Ordinal) && w.TextContent.Contains(existing.Code, StringComparison.Ordinal));
        Assert.False(await ExistsAsync(summary));
        Assert.Equal(summary, page.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Input_Summary")!.Value);

        var confirmed = await editor.SubmitAsync(page.Form("#document-form"), new() { ["Input.AcceptWarnings"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True(await ExistsAsync(summary));
    }

    [Fact]
    public async Task Check_CodeOfAnotherType_SuggestsTypeAndWarnsOnMismatch()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var page = await editor.GetPageAsync(CreateUrl);
        var fields = await FieldsAsync($"{NextNumber()}-KH/TU", Unique("Kế hoạch"));

        var response = await editor.SubmitAsync(page.Form("#document-form"), fields, page.Button("Kiểm tra số, ký hiệu và điền gợi ý"));
        var checkedPage = await WebSession.ParseAsync(response, CreateUrl);

        Assert.Contains("Gợi ý loại: Kế hoạch", checkedPage.QuerySelector(".doc-suggestion")!.TextContent);
        Assert.Contains(checkedPage.QuerySelectorAll(".doc-warning"), w => w.TextContent.Contains("không khớp với loại văn bản đã chọn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_MalformedCode_ShowsMessageAndSavesNothing()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var summary = Unique("Số sai dạng");

        var (response, page) = await SubmitCreateAsync(editor, await FieldsAsync("06/NQ/TU", summary));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.Errors(), e => e.Contains("không đúng dạng", StringComparison.Ordinal));
        Assert.False(await ExistsAsync(summary));
    }

    [Fact]
    public async Task Create_RenamedExecutable_IsRefusedAndNothingIsSaved()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var summary = Unique("Tệp giả PDF");
        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe);
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(exe, 78);

        var (response, page) = await SubmitCreateAsync(editor, await FieldsAsync($"{NextNumber()}-NQ/TU", summary),
            new Dictionary<string, (string, string, byte[])> { ["Files"] = ("nghi-quyet.pdf", "application/pdf", exe) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.Errors(), e => e.Contains("không phải là PDF", StringComparison.Ordinal));
        Assert.False(await ExistsAsync(summary));
    }

    [Fact]
    public async Task Create_DocxRenamedFromZipWithoutWordContent_IsRefused()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var summary = Unique("Zip đổi tên");
        using var zipStream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipStream, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("không phải văn bản Word");
        }

        var (_, page) = await SubmitCreateAsync(editor, await FieldsAsync($"{NextNumber()}-NQ/TU", summary),
            new Dictionary<string, (string, string, byte[])> { ["Files"] = ("bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zipStream.ToArray()) });

        Assert.Contains(page.Errors(), e => e.Contains("không phải là PDF", StringComparison.Ordinal));
        Assert.False(await ExistsAsync(summary));
    }

    [Fact]
    public async Task Create_PathTraversalInFileName_StoresUnderServerNameAndKeepsOnlyTheName()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var summary = Unique("Tên tệp nguy hiểm");
        var escaped = Path.Combine(factory.DataFolder, "escaped.pdf");

        var (response, _) = await SubmitCreateAsync(editor, await FieldsAsync($"{NextNumber()}-NQ/TU", summary),
            new Dictionary<string, (string, string, byte[])> { ["Files"] = ("../../escaped.pdf", "application/pdf", Pdf("Tệp thử")) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await factory.WithDbAsync(db => db.DocumentFiles.SingleAsync(f => f.Document!.Summary == summary));
        Assert.Equal("escaped.pdf", file.OriginalName);
        Assert.Matches(@"^\d{4}/\d{2}/[0-9a-f]{32}\.pdf$", file.StoragePath);
        Assert.False(File.Exists(escaped));
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "documents", file.StoragePath)));
    }

    [Fact]
    public async Task Create_FileOverTheSizeLimit_IsRefusedWithMessage()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var summary = Unique("Tệp quá lớn");
        var big = new byte[20 * 1024 * 1024 + 1];
        Pdf("lớn").CopyTo(big, 0);

        var (response, page) = await SubmitCreateAsync(editor, await FieldsAsync($"{NextNumber()}-NQ/TU", summary),
            new Dictionary<string, (string, string, byte[])> { ["Files"] = ("lon.pdf", "application/pdf", big) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.Errors(), e => e.Contains("quá lớn", StringComparison.Ordinal) && e.Contains("20 MB", StringComparison.Ordinal));
        Assert.False(await ExistsAsync(summary));
    }

    [Fact]
    public async Task Relations_ReplacedAndAmended_ShowBothWaysWithDerivedStatus()
    {
        var marker = Unique("Liên kết");
        var old = await factory.CreateDocumentAsync($"{marker} cũ", issued: new DateOnly(2021, 5, 1));
        var replacement = await factory.CreateDocumentAsync($"{marker} thay thế", issued: new DateOnly(2026, 2, 1));
        var amended = await factory.CreateDocumentAsync($"{marker} được sửa", issued: new DateOnly(2025, 11, 1));
        var amending = await factory.CreateDocumentAsync($"{marker} sửa đổi", issued: new DateOnly(2026, 4, 1));
        var expired = await factory.CreateDocumentAsync($"{marker} hết hạn", issued: new DateOnly(2025, 1, 1), expires: new DateOnly(2025, 12, 31));
        await factory.RelateAsync(replacement, DocumentRelationKind.Replaces, old);
        await factory.RelateAsync(amending, DocumentRelationKind.Amends, amended);
        using var reader = WebSession.Anonymous(factory);

        var oldPage = await reader.GetPageAsync(DocumentsUrls.Document(old.Id, old.Slug));
        var newPage = await reader.GetPageAsync(DocumentsUrls.Document(replacement.Id, replacement.Slug));
        var amendedPage = await reader.GetPageAsync(DocumentsUrls.Document(amended.Id, amended.Slug));

        Assert.Equal("Đã bị thay thế", oldPage.QuerySelector("header .doc-status")!.TextContent.Trim());
        Assert.Contains("Bị thay thế bởi:", oldPage.QuerySelector(".doc-relations")!.TextContent);
        Assert.NotNull(oldPage.QuerySelector($".doc-relations a[href='{DocumentsUrls.Document(replacement.Id, replacement.Slug)}']"));
        Assert.Contains("Thay thế:", newPage.QuerySelector(".doc-relations")!.TextContent);
        Assert.Equal("Còn hiệu lực", newPage.QuerySelector("header .doc-status")!.TextContent.Trim());
        Assert.Equal("Đã được sửa đổi, bổ sung", amendedPage.QuerySelector("header .doc-status")!.TextContent.Trim());

        async Task<List<string>> ListedAsync(string status) =>
            (await reader.GetPageAsync($"{DocumentsUrls.Library}?q={Uri.EscapeDataString(marker)}&tinh-trang={status}"))
                .QuerySelectorAll(".doc-row").Select(r => r.TextContent).ToList();
        Assert.Contains(await ListedAsync("Replaced"), r => r.Contains($"{marker} cũ", StringComparison.Ordinal));
        Assert.Single(await ListedAsync("Replaced"));
        Assert.Single(await ListedAsync("Amended"), r => r.Contains($"{marker} được sửa", StringComparison.Ordinal));
        Assert.Single(await ListedAsync("Expired"), r => r.Contains($"{marker} hết hạn", StringComparison.Ordinal));
        Assert.Equal(2, (await ListedAsync("InForce")).Count);
    }

    [Fact]
    public async Task Relations_ToAnInternalDocument_AreHiddenFromAnonymousReaders()
    {
        var marker = Unique("Liên kết nội bộ");
        var target = await factory.CreateDocumentAsync($"{marker} công khai");
        var secret = await factory.CreateDocumentAsync($"{marker} nội bộ", DocumentVisibility.AllMembers);
        await factory.RelateAsync(secret, DocumentRelationKind.Implements, target);

        var page = await WebSession.Anonymous(factory).GetPageAsync(DocumentsUrls.Document(target.Id, target.Slug));

        Assert.Null(page.QuerySelector(".doc-relations"));
        Assert.DoesNotContain(secret.Code, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_JsonLinesWithBadRows_ImportsGoodRowsAndReportsEachBadOne()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var good = Unique("Nhập tốt");
        var badDate = Unique("Nhập sai ngày");
        var badType = Unique("Nhập sai loại");
        var badCode = Unique("Nhập sai số");
        var lines = string.Join("\n",
            $$"""{"type":"Nghị quyết","code":"{{NextNumber()}}-NQ/TU","issuer":"Tỉnh ủy Sơn Hà","issuedOn":"10/03/2026","summary":"{{good}}","visibility":"công khai"}""",
            $$"""{"type":"Nghị quyết","code":"{{NextNumber()}}-NQ/TU","issuer":"Tỉnh ủy Sơn Hà","issuedOn":"31/02/2026","summary":"{{badDate}}"}""",
            $$"""{"type":"Sắc lệnh","code":"{{NextNumber()}}-NQ/TU","issuer":"Tỉnh ủy Sơn Hà","issuedOn":"10/03/2026","summary":"{{badType}}"}""",
            "không phải JSON",
            $$"""{"type":"Nghị quyết","code":"NQ/TU","issuer":"Tỉnh ủy Sơn Hà","issuedOn":"10/03/2026","summary":"{{badCode}}"}""");
        var page = await editor.GetPageAsync("/quan-tri/van-ban/nhap");

        var response = await editor.SubmitAsync(page.Form("#import-form"), [],
            files: new Dictionary<string, (string, string, byte[])> { ["Upload"] = ("van-ban.jsonl", "application/x-ndjson", Encoding.UTF8.GetBytes(lines)) });
        var report = await WebSession.ParseAsync(response, "/quan-tri/van-ban/nhap");

        Assert.Contains("Đã nhập 1 văn bản; 4 dòng lỗi.", report.QuerySelector(".import-summary")!.TextContent);
        var errors = report.QuerySelectorAll(".import-errors tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(errors, e => e.Contains('2') && e.Contains("31/02/2026", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains('3') && e.Contains("Sắc lệnh", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains('4') && e.Contains("JSON", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains('5') && e.Contains("không đúng dạng", StringComparison.Ordinal));
        Assert.True(await ExistsAsync(good));
        Assert.False(await ExistsAsync(badDate));
        Assert.False(await ExistsAsync(badType));
        Assert.False(await ExistsAsync(badCode));
    }

    [Fact]
    public async Task Export_FilteredList_ImportsBackFromTheSpreadsheet()
    {
        using var editor = await WebSession.SignedInAsync(factory, "bientap");
        var marker = Unique("Xuất Excel");
        var document = await factory.CreateDocumentAsync($"{marker} nghị quyết", DocumentVisibility.Units, ["xa-minh-son"]);

        using var export = await editor.GetAsync($"/quan-tri/van-ban?handler=Export&q={Uri.EscapeDataString(marker)}");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using (var sheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var text = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
            Assert.Contains(document.Code, text);
            Assert.Contains("xa-minh-son", text);
        }
        // The same spreadsheet imports back: the document comes in again (as a confirmed duplicate number).
        var page = await editor.GetPageAsync("/quan-tri/van-ban/nhap");
        var response = await editor.SubmitAsync(page.Form("#import-form"), [],
            files: new Dictionary<string, (string, string, byte[])> { ["Upload"] = ("van-ban.xlsx", "application/octet-stream", bytes) });
        var report = await WebSession.ParseAsync(response, "/quan-tri/van-ban/nhap");
        Assert.Contains("Đã nhập 1 văn bản; 0 dòng lỗi.", report.QuerySelector(".import-summary")!.TextContent);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Documents.CountAsync(d => d.Code == document.Code && d.Visibility == DocumentVisibility.Units)));
    }

    [Fact]
    public async Task Edit_ContributorWithoutDocumentPermission_IsRefused()
    {
        var document = await factory.CreateDocumentAsync(Unique("Không được sửa"));
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");

        using var response = await contributor.GetAsync($"/quan-tri/van-ban/{document.Id}");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class DocumentAdminTests_Sqlite(SqliteFactory f) : DocumentAdminTests<SqliteFactory>(f);

public sealed class DocumentAdminTests_Postgres(PostgresFactory f) : DocumentAdminTests<PostgresFactory>(f);

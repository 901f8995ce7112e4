using System.Net;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Editorial.Pages.Admin;

/// <summary>Every back-office action is recorded (who, what, when, from where) and administrators can filter the log.</summary>
public abstract class AuditLogTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task BackOfficeActions_AreRecorded_RefusedOnesToo_AndFilterable()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var title = "Tin ghi nhật ký " + Guid.NewGuid().ToString("N")[..8];
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, title);
        var page = await contributor.GetPageAsync(EditorialFlow.EditUrl(id));
        var forged = page.Form("#article-form");
        forged.SetAttribute("action", EditorialFlow.EditUrl(id) + "?handler=Transition");
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.SubmitAsync(forged, new() { ["kind"] = "Approve" })).StatusCode);

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Path == EditorialFlow.EditUrl(id)).OrderBy(e => e.Id).ToListAsync());
        var refused = Assert.Single(entries);
        Assert.Contains("Phạm Cộng Tác (congtacvien)", refused.UserName);
        Assert.Equal(403, refused.StatusCode);
        Assert.Contains("Transition", refused.Action);

        var log = await admin.GetPageAsync($"/quan-tri/nhat-ky?nguoi=congtacvien&q=tin-bai%2F{id}");
        var rows = log.QuerySelectorAll(".audit-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rows);
        Assert.Contains("403", rows[0]);
        Assert.DoesNotContain(log.QuerySelectorAll(".audit-table tbody tr"), r => r.TextContent.Contains("quantri", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditLog_UpToTheLastDayThereIs_ListsTheEntries()
    {
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var path = "/quan-tri/nhat-ky-" + Guid.NewGuid().ToString("N")[..8];
        await factory.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new() { At = DateTime.UtcNow, UserName = "Kiểm thử (kiemthu)", Action = "POST " + path, Path = path, StatusCode = 302 });
            await db.SaveChangesAsync();
        });

        var response = await admin.GetAsync($"/quan-tri/nhat-ky?q={Uri.EscapeDataString(path)}&tu=0001-01-01&den=9999-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = await WebSession.ParseAsync(response, "/quan-tri/nhat-ky");
        Assert.Contains(path, Assert.Single(log.QuerySelectorAll(".audit-table tbody tr")).TextContent);
    }

    [Fact]
    public async Task AuditLog_ForAnEditorInChief_IsRefused()
    {
        using var chief = await WebSession.SignedInAsync(factory, "truongbbt");
        var response = await chief.GetAsync("/quan-tri/nhat-ky");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/quan-tri/khong-co-quyen", response.Headers.Location!.OriginalString);
    }
}

public sealed class AuditLogTests_Sqlite(SqliteFactory factory) : AuditLogTests<SqliteFactory>(factory);

public sealed class AuditLogTests_Postgres(PostgresFactory factory) : AuditLogTests<PostgresFactory>(factory);

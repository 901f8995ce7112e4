using AngleSharp.Dom;
using System.Net;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Tests.Modules.Accounts.Pages.Admin.Users;

public abstract class UserAdminTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    private const string Password = "MatKhau2026";

    [Fact]
    public async Task Create_AdminGivesRoleInUnit_NewPersonSignsInWithThatRole()
    {
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync("/quan-tri/nguoi-dung/them");
        var unit = await UnitIdAsync("xa-minh-son");
        var userName = "bt" + Guid.NewGuid().ToString("N")[..8];

        var response = await admin.SubmitAsync(page.Form("form.form"), new()
        {
            ["Input.FullName"] = "Đỗ Thị Minh Sơn",
            ["Input.UserName"] = userName,
            ["Input.Email"] = userName + "@minhson.sonha.dcs.vn",
            ["Input.UnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Password"] = Password,
            ["Input.Role"] = nameof(StaffRole.Editor),
            ["Input.RoleUnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var account = await factory.WithDbAsync(db => db.Users.Include(u => u.UnitRoles).SingleAsync(u => u.UserName == userName));
        Assert.Equal(unit, account.UnitId);
        Assert.Equal([(unit, StaffRole.Editor)], account.UnitRoles.Select(r => (r.UnitId, r.Role)));

        using var person = WebSession.Anonymous(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync(userName, Password)).StatusCode);
        // Their role is in the commune: the province's back office sends them to their commune's.
        var landing = await person.GetAsync("/quan-tri");
        Assert.Equal("/don-vi/xa-minh-son/quan-tri", landing.Headers.Location!.OriginalString);
        var dashboard = await person.GetPageAsync("/don-vi/xa-minh-son/quan-tri");
        Assert.Equal("Đỗ Thị Minh Sơn", dashboard.QuerySelector(".admin-user-name")!.TextContent.Trim());
        Assert.Equal("Đảng ủy xã Minh Sơn", dashboard.QuerySelector(".admin-user-unit")!.TextContent.Trim());
    }

    [Fact]
    public async Task Create_TakenUserNameAndShortPassword_ShowsMessagesAndSavesNothing()
    {
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var page = await admin.GetPageAsync("/quan-tri/nguoi-dung/them");
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());

        var response = await admin.SubmitAsync(page.Form("form.form"), new()
        {
            ["Input.FullName"] = "Người trùng tên",
            ["Input.UserName"] = "bientap",
            ["Input.Password"] = "ngan1",
            ["Input.Role"] = nameof(StaffRole.Contributor),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response, "/quan-tri/nguoi-dung/them");
        Assert.Contains(result.Errors(), e => e.Contains("đã có người dùng", StringComparison.Ordinal));
        Assert.Equal("Người trùng tên", result.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.FullName']")!.Value);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Deactivate_Person_CannotSignInAnymore()
    {
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var (id, userName) = await CreateAccountAsync(admin);
        var edit = await admin.GetPageAsync($"/quan-tri/nguoi-dung/{id}");

        var response = await admin.SubmitAsync(edit.Form($"form[action*='handler=Deactivate']"), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
        using var person = WebSession.Anonymous(factory);
        Assert.Equal(HttpStatusCode.OK, (await person.SignInAsync(userName, Password)).StatusCode);
        Assert.False(person.IsSignedIn);
    }

    [Fact]
    public async Task Roles_AddAndRemove_ChangesTheUnitRoles()
    {
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var (id, _) = await CreateAccountAsync(admin);
        var unit = await UnitIdAsync("phuong-an-phu");
        var edit = await admin.GetPageAsync($"/quan-tri/nguoi-dung/{id}");

        var added = await admin.SubmitAsync(edit.Form("form[action*='handler=AddRole']"), new()
        {
            ["NewRole.Role"] = nameof(StaffRole.EditorInChief),
            ["NewRole.UnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(await RolesAsync(id), r => r == (unit, StaffRole.EditorInChief));

        edit = await admin.GetPageAsync($"/quan-tri/nguoi-dung/{id}");
        Assert.Contains("Trưởng ban biên tập", edit.QuerySelector(".role-list")!.TextContent);
        var removeForms = edit.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form[action*='handler=RemoveRole']").ToList();
        foreach (var form in removeForms)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(form, [])).StatusCode);
        }
        Assert.Empty(await RolesAsync(id));
    }

    [Fact]
    public async Task ResetPassword_NewPasswordWorks()
    {
        using var admin = await WebSession.SignedInAsync(factory, "quantri");
        var (id, userName) = await CreateAccountAsync(admin);
        var edit = await admin.GetPageAsync($"/quan-tri/nguoi-dung/{id}");

        var response = await admin.SubmitAsync(edit.Form("form[action*='handler=ResetPassword']"), new() { ["NewPassword"] = "MatKhauMoi2027" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var person = WebSession.Anonymous(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync(userName, "MatKhauMoi2027")).StatusCode);
    }

    [Theory]
    [InlineData("truongbbt")]
    [InlineData("congtacvien")]
    public async Task Users_NonAdministrator_IsSentToAccessDenied(string userName)
    {
        using var person = await WebSession.SignedInAsync(factory, userName);

        var response = await person.GetAsync("/quan-tri/nguoi-dung");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/quan-tri/khong-co-quyen", response.Headers.Location!.PathAndQuery);
        var denied = await person.GetAsync(response.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Bạn không có quyền truy cập trang này", await denied.Content.ReadAsStringAsync());
    }

    private async Task<(string Id, string UserName)> CreateAccountAsync(WebSession admin)
    {
        var page = await admin.GetPageAsync("/quan-tri/nguoi-dung/them");
        var userName = "tk" + Guid.NewGuid().ToString("N")[..8];
        var response = await admin.SubmitAsync(page.Form("form.form"), new()
        {
            ["Input.FullName"] = "Vũ Văn Thử",
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
            ["Input.Role"] = nameof(StaffRole.Contributor),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync()), userName);
    }

    private Task<int> UnitIdAsync(string slug) => factory.WithDbAsync(db => db.Units.Where(u => u.Slug == slug).Select(u => u.Id).SingleAsync());

    private async Task<List<(int UnitId, StaffRole Role)>> RolesAsync(string userId) =>
        (await factory.WithDbAsync(db => db.UnitRoles.Where(r => r.UserId == userId).Select(r => new { r.UnitId, r.Role }).ToListAsync()))
        .Select(r => (r.UnitId, r.Role)).ToList();
}

public sealed class UserAdminTests_Sqlite(SqliteFactory factory) : UserAdminTests<SqliteFactory>(factory);

public sealed class UserAdminTests_Postgres(PostgresFactory factory) : UserAdminTests<PostgresFactory>(factory);

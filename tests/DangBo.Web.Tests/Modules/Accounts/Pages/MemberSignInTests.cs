using System.Net;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Modules.Accounts.Pages;

/// <summary>Party members sign in from the public portal; they have no back office to land in.</summary>
public abstract class MemberSignInTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task PublicPages_OfferASignInLink()
    {
        using var visitor = WebSession.Anonymous(factory);

        var home = await visitor.GetPageAsync("/");

        Assert.Contains(home.QuerySelectorAll(".topbar a"), a => a.GetAttribute("href") == "/dang-nhap");
    }

    [Fact]
    public async Task SignIn_MemberWithoutStaffRole_ReturnsToThePortalNotToAccessDenied()
    {
        using var member = WebSession.Anonymous(factory);

        var response = await member.SignInAsync("dangvien.donghung", "DangBo@2026");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.True(member.IsSignedIn);
    }

    [Fact]
    public async Task SignIn_Staff_StillLandsInTheBackOffice()
    {
        using var editor = WebSession.Anonymous(factory);

        var response = await editor.SignInAsync("bientap", "DangBo@2026");

        Assert.Equal("/quan-tri", response.Headers.Location!.OriginalString);
    }
}

public sealed class MemberSignInTests_Sqlite(SqliteFactory factory) : MemberSignInTests<SqliteFactory>(factory);

public sealed class MemberSignInTests_Postgres(PostgresFactory factory) : MemberSignInTests<PostgresFactory>(factory);

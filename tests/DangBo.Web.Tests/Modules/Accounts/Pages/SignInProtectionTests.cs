using System.Net;
using DangBo.Web.Modules.Accounts.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Accounts.Pages;

/// <summary>Password guessing meets the account lockout, then the rate limit. A class (and app) of its own, since it uses up the limit.</summary>
public abstract class SignInProtectionTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task SignIn_RepeatedWrongPasswords_LockTheAccountThenLimitAttempts()
    {
        const string password = "DungMatKhau2026";
        var userName = "khoa" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DangBo.Web.Infrastructure.Data.DangBoDbContext>();
            var unitId = await db.Units.Where(u => u.ParentId == null).Select(u => u.Id).FirstAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            Assert.True((await users.CreateAsync(new UserAccount { UserName = userName, FullName = "Người bị dò mật khẩu", UnitId = unitId }, password)).Succeeded);
        }
        using var guesser = WebSession.Anonymous(factory);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await WebSession.ParseAsync(await guesser.SignInAsync(userName, "doan-sai-" + attempt), "/dang-nhap");
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", wrong.Errors());
        }
        var fifth = await WebSession.ParseAsync(await guesser.SignInAsync(userName, "doan-sai-5"), "/dang-nhap");
        Assert.Contains(fifth.Errors(), e => e.StartsWith("Tài khoản tạm thời bị khóa", StringComparison.Ordinal));

        // Locked: even the right password is refused now.
        var right = await WebSession.ParseAsync(await guesser.SignInAsync(userName, password), "/dang-nhap");
        Assert.Contains(right.Errors(), e => e.StartsWith("Tài khoản tạm thời bị khóa", StringComparison.Ordinal));
        Assert.False(guesser.IsSignedIn);

        // Ten attempts a minute from one address; the eleventh is turned away before any password check.
        for (var attempt = 7; attempt <= 10; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await guesser.SignInAsync(userName, "doan-sai-" + attempt)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.SignInAsync(userName, password)).StatusCode);
        // Showing the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/dang-nhap")).StatusCode);
    }
}

public sealed class SignInProtectionTests_Sqlite(SqliteFactory factory) : SignInProtectionTests<SqliteFactory>(factory);

public sealed class SignInProtectionTests_Postgres(PostgresFactory factory) : SignInProtectionTests<PostgresFactory>(factory);

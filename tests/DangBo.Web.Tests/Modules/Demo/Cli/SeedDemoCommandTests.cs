using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Demo.Cli;

/// <summary>The application on an empty, migrated database: what <c>seed-demo</c> finds on a new installation.</summary>
public sealed class EmptySqliteFactory : DangBoFactory
{
    public override DatabaseKind Database => DatabaseKind.Sqlite;
    protected override bool SeedDemo => false;
}

public sealed class EmptyPostgresFactory : DangBoFactory
{
    public override DatabaseKind Database => DatabaseKind.Postgres;
    protected override bool SeedDemo => false;
}

public abstract class SeedDemoCommandTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task SeedDemo_EmptyDatabase_LoadsTheProvinceOnce_ThenRefusesPolitely()
    {
        Assert.False(await factory.WithDbAsync(db => db.Portals.AnyAsync()));

        var (exitCode, output) = await RunAsync();

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Đã nạp dữ liệu mẫu tỉnh Sơn Hà: 70 tin bài", output);
        // The 61 imported articles of the province and 9 of three commune and ward portals are published; the demo
        // editorial board's desk holds the rest.
        Assert.Equal(70, await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Status == DangBo.Web.Modules.Content.Models.ArticleStatus.Published)));
        var total = await factory.WithDbAsync(db => db.Articles.CountAsync());
        Assert.Equal(4, await factory.WithDbAsync(db => db.Portals.CountAsync()));

        var (secondExitCode, secondOutput) = await RunAsync();

        Assert.Equal(1, secondExitCode);
        Assert.Contains("Cơ sở dữ liệu đã có dữ liệu (cổng «Cổng thông tin điện tử Đảng bộ tỉnh Sơn Hà»)", secondOutput);
        Assert.Equal(total, await factory.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Equal(4, await factory.WithDbAsync(db => db.Portals.CountAsync()));
    }

    private async Task<(int ExitCode, string Output)> RunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Name == "seed-demo");
        using var output = new StringWriter();
        var exitCode = await command.RunAsync([], output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}

public sealed class SeedDemoCommandTests_Sqlite(EmptySqliteFactory factory) : SeedDemoCommandTests<EmptySqliteFactory>(factory);

public sealed class SeedDemoCommandTests_Postgres(EmptyPostgresFactory factory) : SeedDemoCommandTests<EmptyPostgresFactory>(factory);

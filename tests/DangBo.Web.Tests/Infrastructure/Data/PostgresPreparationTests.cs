using DangBo.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Infrastructure.Data;

/// <summary>On PostgreSQL the hot queries are prepared on the server, unless the connection string says otherwise.</summary>
public sealed class PostgresPreparationTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task Query_RunSeveralTimesOnAConnection_IsPreparedOnTheServer()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        await db.Database.OpenConnectionAsync();
        var slug = "chua-co-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, await db.Articles.CountAsync(a => a.Slug == slug));
        }

        var prepared = await db.Database
            .SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements")
            .ToListAsync();
        Assert.Contains(prepared, statement => statement.Contains("\"Articles\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=db;Database=dangbo;Max Auto Prepare=0")]
    [InlineData("Host=db;Database=dangbo;max auto prepare=8;Auto Prepare Min Usages=10")]
    public void ConnectionString_ThatSetsAutoPreparation_IsKept(string connectionString) =>
        Assert.Equal(connectionString, DatabaseSetup.WithAutoPrepare(connectionString));

    [Fact]
    public void ConnectionString_WithoutAutoPreparation_GetsIt()
    {
        var result = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.WithAutoPrepare("Host=db;Database=dangbo;Username=u"));
        Assert.True(result.MaxAutoPrepare > 0);
        Assert.Equal("db", result.Host);
        Assert.Equal("dangbo", result.Database);
    }
}

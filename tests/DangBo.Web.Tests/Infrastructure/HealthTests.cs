using System.Net;
using DangBo.Web.Tests.Infrastructure;

namespace DangBo.Web.Tests.Infrastructure;

public abstract class HealthTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task Healthz_WhenDatabaseIsReachable_Answers200()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class HealthTests_Sqlite(SqliteFactory factory) : HealthTests<SqliteFactory>(factory);

public sealed class HealthTests_Postgres(PostgresFactory factory) : HealthTests<PostgresFactory>(factory);

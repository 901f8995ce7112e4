using System.Net;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Tests.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Infrastructure.Security;

/// <summary>The key ring lives in the data folder, so what one run of the application signed is accepted by the next.</summary>
public abstract class DataProtectionTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task PreviewLink_MadeBeforeARestart_StillOpensAfterIt()
    {
        using var contributor = await WebSession.SignedInAsync(factory, "congtacvien");
        var title = "Tin xem trước qua lần khởi động lại " + Guid.NewGuid().ToString("N")[..8];
        var id = await EditorialFlow.CreateAndSubmitAsync(factory, contributor, title);

        string path;
        // Two runs of the application on the same data folder and database, one after the other.
        await using (var before = factory.WithWebHostBuilder(_ => { }))
        {
            await using var scope = before.Services.CreateAsyncScope();
            path = scope.ServiceProvider.GetRequiredService<ArticlePreviews>().CreateLink(id).Path;
        }
        await using var after = factory.WithWebHostBuilder(_ => { });
        using var stranger = after.CreateClient();
        var response = await stranger.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.DataFolder, "keys"), "key-*.xml"));
    }
}

public sealed class DataProtectionTests_Sqlite(SqliteFactory factory) : DataProtectionTests<SqliteFactory>(factory);

public sealed class DataProtectionTests_Postgres(PostgresFactory factory) : DataProtectionTests<PostgresFactory>(factory);

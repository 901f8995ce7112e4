using DangBo.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Infrastructure;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real application on a real database of its own (a SQLite file in a temporary data folder, or a fresh
/// PostgreSQL database), migrated and loaded with the demo province exactly as on first start.
/// </summary>
public abstract class DangBoFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _postgresConnectionString;

    public abstract DatabaseKind Database { get; }

    /// <summary>Temporary data folder: SQLite file and uploaded media.</summary>
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("dangbo-test-").FullName;

    protected virtual bool SeedDemo => true;

    /// <summary>Every SQL command the application sends.</summary>
    public DbCommandCounter Commands { get; } = new();

    public virtual async Task InitializeAsync()
    {
        if (Database == DatabaseKind.Postgres)
        {
            _postgresConnectionString = await TestPostgres.CreateDatabaseAsync();
        }
        // Starting the host runs migrations and the demo seed.
        StartHost();
    }

    protected virtual void StartHost() => _ = Services;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Demo:SeedOnStart", SeedDemo ? "true" : "false");
        builder.UseSetting("Database:Provider", Database == DatabaseKind.Postgres ? "Postgres" : "Sqlite");
        builder.UseSetting("Database:ConnectionString", _postgresConnectionString ?? "");
        builder.ConfigureTestServices(services => services.ConfigureDbContext<DangBoDbContext>(o => o.AddInterceptors(Commands)));
    }

    /// <summary>A DbContext on the factory's database, for arranging and checking data directly.</summary>
    public DangBoDbContext CreateDbContext() => Services.CreateScope().ServiceProvider.GetRequiredService<DangBoDbContext>();

    public async Task WithDbAsync(Func<DangBoDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<DangBoDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<DangBoDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DangBoDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresConnectionString is not null)
        {
            await TestPostgres.DropDatabaseAsync(_postgresConnectionString);
        }
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed class SqliteFactory : DangBoFactory
{
    public override DatabaseKind Database => DatabaseKind.Sqlite;
}

public sealed class PostgresFactory : DangBoFactory
{
    public override DatabaseKind Database => DatabaseKind.Postgres;
}

/// <summary>The application on a real Kestrel port, for the browser.</summary>
public sealed class BrowserAppFactory : DangBoFactory
{
    public BrowserAppFactory() => UseKestrel(0);

    public override DatabaseKind Database => DatabaseKind.Sqlite;

    public string RootUrl { get; private set; } = "";

    protected override void StartHost()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        RootUrl = addresses.First().Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}

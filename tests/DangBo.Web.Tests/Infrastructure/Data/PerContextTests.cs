using DangBo.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Infrastructure.Data;

/// <summary>
/// Contexts are pooled: what an interceptor kept for one request (entries to index, pages to evict, mail to send)
/// must not reach the next request that gets the same context, even when the first ended without saving.
/// </summary>
public abstract class PerContextTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task PooledContext_LeasedAgain_DoesNotSeeWhatThePreviousRequestLeft()
    {
        var state = new PerContext<List<string>>();
        DangBoDbContext first;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
            state.GetOrCreate(first).Add("bài chưa lưu");
            Assert.True(state.TryGet(first, out var sameRequest));
            Assert.Equal(["bài chưa lưu"], sameRequest);
        }

        // Idle contexts come back in the order they were returned: hold each one until the pool hands out the first again.
        var held = new List<AsyncServiceScope>();
        try
        {
            DangBoDbContext? again = null;
            for (var i = 0; i < 100 && again is null; i++)
            {
                var scope = factory.Services.CreateAsyncScope();
                held.Add(scope);
                var context = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
                if (ReferenceEquals(context, first))
                {
                    again = context;
                }
            }
            Assert.NotNull(again);
            Assert.False(state.TryGet(again, out _));
            Assert.Empty(state.GetOrCreate(again));
        }
        finally
        {
            foreach (var scope in held)
            {
                await scope.DisposeAsync();
            }
        }
    }
}

public sealed class PerContextTests_Sqlite(SqliteFactory factory) : PerContextTests<SqliteFactory>(factory);

public sealed class PerContextTests_Postgres(PostgresFactory factory) : PerContextTests<PostgresFactory>(factory);

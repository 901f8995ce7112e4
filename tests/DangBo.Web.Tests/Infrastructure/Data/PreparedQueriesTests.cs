using DangBo.Web.Infrastructure.Data;
using DangBo.Web.Modules.Content.Models;
using DangBo.Web.Modules.Content.Services;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Infrastructure.Data;

/// <summary>
/// The article page's queries are prepared on PostgreSQL (parsed and planned once per connection, then one generic plan
/// after five runs): every article must still be the one asked for, with its own topics and related articles, however
/// many times the statements run with other arguments.
/// </summary>
public abstract class PreparedQueriesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    protected TFactory Factory => factory;

    [Fact]
    public async Task ArticleQueries_RunWithManyArguments_EachFindsItsOwnArticle()
    {
        var now = DateTime.UtcNow;
        List<(int Id, int PortalId, string Slug, int CategoryId, List<int> Topics)> expected;
        await using (var db = factory.CreateDbContext())
        {
            expected = [.. (await db.Articles.AsNoTracking()
                    .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
                    .OrderBy(a => a.Id)
                    .Select(a => new { a.Id, a.PortalId, a.Slug, a.CategoryId, Topics = a.Topics.Select(t => t.Id).ToList() })
                    .ToListAsync())
                .Select(a => (a.Id, a.PortalId, a.Slug, a.CategoryId, a.Topics))];
        }
        // More than the five custom plans PostgreSQL makes before it considers the generic one, over several portals.
        Assert.True(expected.Count > 12, $"the demo has {expected.Count} published articles");
        Assert.True(expected.Select(a => a.PortalId).Distinct().Count() > 1);

        await using var scope = factory.Services.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<PublishedArticles>();
        // Twice round, so that the second round runs on statements already prepared (and planned generically).
        foreach (var a in expected.Concat(expected))
        {
            var found = await articles.FindAsync(a.PortalId, a.Slug);
            Assert.NotNull(found);
            Assert.Equal(a.Id, found.Id);
            Assert.Equal(a.CategoryId, found.CategoryId);
            Assert.Equal(a.Topics.Order(), found.Topics.Select(t => t.Id).Order());

            var related = await articles.RelatedAsync(found, a.PortalId, 5);
            var sameCategory = expected.Where(o => o.PortalId == a.PortalId && o.CategoryId == a.CategoryId && o.Id != a.Id).ToList();
            Assert.Equal(Math.Min(5, sameCategory.Count), related.Count);
            Assert.All(related, r => Assert.Contains(sameCategory, o => o.Id == r.Id));
        }
        Assert.Null(await articles.FindAsync(expected[0].PortalId, "khong-co-bai-nay"));
    }

    [Fact]
    public async Task FindingAnArticle_TakesOneQueryOnPostgres_TwoOnSqlite_AndAMissingOneTwoOnEither()
    {
        var now = DateTime.UtcNow;
        var article = await factory.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
            .OrderBy(a => a.Id).Select(a => new { a.PortalId, a.Slug }).FirstAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<PublishedArticles>();
        await articles.FindAsync(article.PortalId, article.Slug); // compiles the queries

        var before = factory.Commands.Count;
        Assert.NotNull(await articles.FindAsync(article.PortalId, article.Slug));
        // The article with its topics (PostgreSQL), or the article and then its topics (SQLite).
        Assert.Equal(factory.Database == DatabaseKind.Postgres ? 1 : 2, factory.Commands.Count - before);

        before = factory.Commands.Count;
        Assert.Null(await articles.FindAsync(article.PortalId, "khong-co-bai-nay"));
        // Not among the portal's own, then not among those it carries.
        Assert.Equal(2, factory.Commands.Count - before);
    }
}

public sealed class PreparedQueriesTests_Sqlite(SqliteFactory factory) : PreparedQueriesTests<SqliteFactory>(factory);

public sealed class PreparedQueriesTests_Postgres(PostgresFactory factory) : PreparedQueriesTests<PostgresFactory>(factory)
{
    [Fact]
    public async Task ArticleQueries_ArePreparedOnTheServer_AndUnmarkedQueriesAreNot()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DangBoDbContext>();
        var articles = scope.ServiceProvider.GetRequiredService<PublishedArticles>();
        // One connection for the whole test: prepared statements belong to the server session that prepared them.
        await db.Database.OpenConnectionAsync();
        var now = DateTime.UtcNow;
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
            .OrderBy(a => a.Id).Select(a => new { a.PortalId, a.Slug }).FirstAsync();

        var found = await articles.FindAsync(article.PortalId, article.Slug);
        Assert.NotNull(found);
        // Related articles are kept in memory per category: forgotten here, so that they are read on this connection.
        scope.ServiceProvider.GetRequiredService<NewestInCategory>().Invalidate();
        await articles.RelatedAsync(found, article.PortalId, 5);

        var prepared = await db.Database.SqlQueryRaw<string>("""SELECT statement AS "Value" FROM pg_prepared_statements""").ToListAsync();
        Assert.All(prepared, sql => Assert.StartsWith("-- " + PreparedQueries.Tag, sql));
        // The article and its topics, in one statement.
        Assert.Contains(prepared, sql => sql.Contains("\"Slug\" = $3", StringComparison.Ordinal) && sql.Contains("\"ArticleTopics\"", StringComparison.Ordinal));
        Assert.Contains(prepared, sql => sql.Contains("\"CategoryId\" = $", StringComparison.Ordinal) && sql.Contains("LIMIT $", StringComparison.Ordinal)); // related articles
        // The query that listed the article above was not marked, and was not prepared.
        Assert.DoesNotContain(prepared, sql => sql.Contains("ORDER BY a.\"Id\"", StringComparison.Ordinal));
    }
}

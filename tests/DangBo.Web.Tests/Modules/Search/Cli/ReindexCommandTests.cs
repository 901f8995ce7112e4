using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Modules.Search.Models;
using DangBo.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Search.Cli;

public abstract class ReindexCommandTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task Reindex_AfterTheIndexWasEmptied_FindsEveryPublishedArticleAgain()
    {
        var category = await factory.CreateCategoryAsync();
        var marker = "ri" + Guid.NewGuid().ToString("N")[..8];
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(-1), a => a.Title = $"Tin lập chỉ mục lại {marker}");
        await factory.CreateArticleAsync(category, null, a => a.Title = $"Bản nháp {marker}");
        await factory.WithDbAsync(db => db.SearchEntries.ExecuteDeleteAsync());
        using var client = factory.CreateClient();
        Assert.DoesNotContain(article.Title, await client.GetStringAsync($"/tim-kiem?q={marker}"));

        await using var scope = factory.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Name == "reindex");
        using var output = new StringWriter();
        var exitCode = await command.RunAsync([], output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var published = await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Status == Web.Modules.Content.Models.ArticleStatus.Published));
        Assert.StartsWith($"Search index rebuilt: {published} entries", output.ToString());
        Assert.Equal(published, await factory.WithDbAsync(db => db.SearchEntries.CountAsync(e => e.Type == SearchTypes.Article)));
        var page = await client.GetDocumentAsync($"/tim-kiem?q={marker}");
        Assert.Equal([article.Title], page.QuerySelectorAll(".search-item h3 a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task DemoSeed_LeavesTheIndexComplete()
    {
        var published = await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Status == Web.Modules.Content.Models.ArticleStatus.Published));
        var indexed = await factory.WithDbAsync(db => db.SearchEntries.CountAsync(e => e.Type == SearchTypes.Article));
        Assert.True(published > 50);
        Assert.Equal(published, indexed);
    }
}

public sealed class ReindexCommandTests_Sqlite(SqliteFactory f) : ReindexCommandTests<SqliteFactory>(f);

public sealed class ReindexCommandTests_Postgres(PostgresFactory f) : ReindexCommandTests<PostgresFactory>(f);

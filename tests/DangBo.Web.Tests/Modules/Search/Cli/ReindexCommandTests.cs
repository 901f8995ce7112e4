using DangBo.Web.Infrastructure.Cli;
using DangBo.Web.Modules.Search.Models;
using DangBo.Web.Tests.Infrastructure;
using DangBo.Web.Tests.Modules.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangBo.Web.Tests.Modules.Search.Cli;

/// <summary>Empties the index of its own database: the other index tests have a fixture of their own, so a failure here midway never leaves them an empty index.</summary>
public abstract class ReindexCommandTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task Reindex_AfterTheIndexWasEmptied_FindsEveryPublishedArticleAgain()
    {
        var category = await factory.CreateCategoryAsync();
        var marker = "ri" + Guid.NewGuid().ToString("N")[..8];
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddDays(-1), a => a.Title = $"Tin lập chỉ mục lại {marker}");
        await factory.CreateArticleAsync(category, null, a => a.Title = $"Bản nháp {marker}");
        var document = await factory.CreateDocumentAsync($"Về lập chỉ mục lại văn bản {marker}", attachmentText: $"Phụ lục riêng {marker}phuluc.");
        await factory.WithDbAsync(db => db.SearchEntries.ExecuteDeleteAsync());
        using var client = factory.CreateClient();
        Assert.DoesNotContain(article.Title, await client.GetStringAsync($"/tim-kiem?q={marker}"));

        await using var scope = factory.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Name == "reindex");
        using var output = new StringWriter();
        var exitCode = await command.RunAsync([], output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var published = await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Status == Web.Modules.Content.Models.ArticleStatus.Published));
        var documents = await factory.WithDbAsync(db => db.Documents.CountAsync());
        Assert.Matches($@"^Search index rebuilt: {published + documents} entries in \d+\.\d s\.", output.ToString());
        Assert.Equal(published, await factory.WithDbAsync(db => db.SearchEntries.CountAsync(e => e.Type == SearchTypes.Article)));
        var page = await client.GetDocumentAsync($"/tim-kiem?q={marker}&sap-xep=moi-nhat");
        // The article went out yesterday; the document was issued on 01/03/2026.
        Assert.Equal([article.Title, $"Nghị quyết số {document.Code}: {document.Summary}"], page.QuerySelectorAll(".search-item h3 a").Select(a => a.TextContent));
        var byAttachment = await client.GetDocumentAsync($"/tim-kiem?q={marker}phuluc");
        Assert.Single(byAttachment.QuerySelectorAll(".search-item"));
    }
}

public sealed class ReindexCommandTests_Sqlite(SqliteFactory f) : ReindexCommandTests<SqliteFactory>(f);

public sealed class ReindexCommandTests_Postgres(PostgresFactory f) : ReindexCommandTests<PostgresFactory>(f);

/// <summary>The index as the demo seed leaves it, on a database no other test empties.</summary>
public abstract class DemoSeedIndexTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task DemoSeed_LeavesTheIndexComplete()
    {
        var published = await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Status == Web.Modules.Content.Models.ArticleStatus.Published));
        var indexed = await factory.WithDbAsync(db => db.SearchEntries.CountAsync(e => e.Type == SearchTypes.Article));
        Assert.True(published > 50);
        Assert.Equal(published, indexed);
        var documents = await factory.WithDbAsync(db => db.Documents.CountAsync());
        Assert.True(documents >= 30);
        Assert.Equal(documents, await factory.WithDbAsync(db => db.SearchEntries.CountAsync(e => e.Type == SearchTypes.Document)));
    }
}

public sealed class DemoSeedIndexTests_Sqlite(SqliteFactory f) : DemoSeedIndexTests<SqliteFactory>(f);

public sealed class DemoSeedIndexTests_Postgres(PostgresFactory f) : DemoSeedIndexTests<PostgresFactory>(f);

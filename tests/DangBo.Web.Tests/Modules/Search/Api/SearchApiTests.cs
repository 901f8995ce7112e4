using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DangBo.Web.Modules.Documents.Models;
using DangBo.Web.Tests.Infrastructure;
using DangBo.Web.Tests.Modules.Documents;
using Microsoft.AspNetCore.Hosting;

namespace DangBo.Web.Tests.Modules.Search.Api;

public abstract class SearchApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : DangBoFactory
{
    [Fact]
    public async Task Api_Query_ReturnsItemsWithTypeTitleUrlSnippetDateAndTotal()
    {
        var category = await factory.CreateCategoryAsync();
        var marker = "api" + Guid.NewGuid().ToString("N")[..8];
        var published = new DateTime(2026, 5, 4, 3, 0, 0, DateTimeKind.Utc);
        var article = await factory.CreateArticleAsync(category, published, a =>
        {
            a.Title = $"Hội nghị Ban Chấp hành Đảng bộ tỉnh {marker}";
            a.BodyHtml = $"<p>Hội nghị bàn về công tác cán bộ {marker}.</p>";
        });
        using var client = factory.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=hoi+nghi+{marker}&type=article&page=1");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal("article", item.GetProperty("type").GetString());
        Assert.Equal(article.Title, item.GetProperty("title").GetString());
        Assert.EndsWith($"/tin-tuc/{category.Slug}/{article.Slug}", item.GetProperty("url").GetString());
        Assert.Contains("<mark>Hội</mark> <mark>nghị</mark>", item.GetProperty("snippet").GetString());
        Assert.Equal(published, item.GetProperty("date").GetDateTime().ToUniversalTime());
    }

    [Theory]
    [InlineData("/api/v1/search?q=", null)]
    [InlineData("/api/v1/search", null)]
    [InlineData("/api/v1/search?q=dang&type=video", "type")]
    [InlineData("/api/v1/search?q=dang&page=abc", "page")]
    [InlineData("/api/v1/search?q=dang&page=0", "page")]
    [InlineData("/api/v1/search?q=dang&from=2026-13-01", "from")]
    [InlineData("/api/v1/search?q=dang&sort=popular", "sort")]
    [InlineData("/api/v1/search?q=dang&category=khong-co-chuyen-muc-nay", "category")]
    public async Task Api_BadParameters_Are400ProblemDetailsInVietnamese(string url, string? field)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (field is null)
        {
            Assert.Equal("Thiếu từ khóa tìm kiếm.", problem.GetProperty("title").GetString());
        }
        else
        {
            Assert.Equal("Tham số tìm kiếm không hợp lệ.", problem.GetProperty("title").GetString());
            Assert.NotEmpty(problem.GetProperty("errors").GetProperty(field)[0].GetString()!);
        }
    }

    [Fact]
    public async Task Api_SuggestAfterTwoCharacters_GivesMatchingTitles()
    {
        var category = await factory.CreateCategoryAsync();
        var marker = "gy" + Guid.NewGuid().ToString("N")[..8];
        var article = await factory.CreateArticleAsync(category, DateTime.UtcNow.AddMinutes(-5), a => a.Title = $"Đại hội điểm chi bộ {marker}");
        using var client = factory.CreateClient();

        var suggestions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search/suggest?q={marker}+dai+h");
        var single = await client.GetFromJsonAsync<JsonElement>("/api/v1/search/suggest?q=d");

        var found = Assert.Single(suggestions.EnumerateArray());
        Assert.Equal(article.Title, found.GetProperty("title").GetString());
        Assert.Equal($"/tin-tuc/{category.Slug}/{article.Slug}", found.GetProperty("url").GetString());
        Assert.Empty(single.EnumerateArray());
    }

    [Fact]
    public async Task Api_TypeDocument_ReturnsPublicDocumentsWithCodeAndNeverInternalOnesToAnonymousCallers()
    {
        var marker = "apivb" + Guid.NewGuid().ToString("N")[..8];
        var open = await factory.CreateDocumentAsync($"Về phát triển kinh tế số {marker}");
        var internalOne = await factory.CreateDocumentAsync($"Về kinh tế số nội bộ {marker}", DocumentVisibility.AllMembers);
        using var client = factory.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q=kinh+te+so+{marker}&type=document");
        var suggestions = await client.GetFromJsonAsync<JsonElement>("/api/v1/search/suggest?q=ve+kinh+te+so+noi");
        using var member = await WebSession.SignedInAsync(factory, "dangvien.anphu");
        var asMember = JsonDocument.Parse(await (await member.GetAsync($"/api/v1/search?q=kinh+te+so+{marker}&type=document")).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("countsByType").GetProperty("document").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal("document", item.GetProperty("type").GetString());
        Assert.Equal(open.Code, item.GetProperty("code").GetString());
        Assert.EndsWith(Web.Modules.Documents.DocumentsUrls.Document(open.Id, open.Slug), item.GetProperty("url").GetString());
        Assert.DoesNotContain(internalOne.Summary, json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(suggestions.EnumerateArray(), s => s.GetProperty("title").GetString()!.Contains(marker, StringComparison.Ordinal));
        Assert.Equal(2, asMember.GetProperty("total").GetInt32());
        var memberSuggestions = await (await member.GetAsync("/api/v1/search/suggest?q=ve+kinh+te+so+noi")).Content.ReadAsStringAsync();
        Assert.Contains(marker, memberSuggestions, StringComparison.Ordinal);
    }
}

public sealed class SearchApiTests_Sqlite(SqliteFactory f) : SearchApiTests<SqliteFactory>(f);

public sealed class SearchApiTests_Postgres(PostgresFactory f) : SearchApiTests<PostgresFactory>(f);

/// <summary>The application with a tiny anonymous budget, to see the limit without sending hundreds of requests.</summary>
public sealed class RateLimitedFactory : DangBoFactory
{
    public override DatabaseKind Database => DatabaseKind.Sqlite;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Search:AnonymousRequestsPerMinute", "3");
    }
}

public sealed class SearchApiRateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Api_AnonymousCallerOverTheBudget_Gets429()
    {
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/search?q=dang")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429, (HttpStatusCode)429], statuses);
    }
}
